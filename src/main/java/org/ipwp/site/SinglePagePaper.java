package org.ipwp.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The single-page white paper ({@code whitepaper/all}) of one language is its template rendered
 * with a placeholder where each chapter's body goes (the <em>skeleton</em>), with the prefixed
 * bodies ({@link PrefixedChapterBodies}) spliced in. Thymeleaf then never copies the bodies
 * (four megabytes per language at a thousand chapters), and a cached rebuild
 * ({@link RecordedRebuild}) replaces a changed chapter's body in the published page at its
 * recorded {@link Span} without rendering the page at all: the skeleton is made from header
 * data, sections and messages only, which a patch requires unchanged, so it is the same.
 */
final class SinglePagePaper {

    private static final String PLACEHOLDER_START = "<!--ipwp-chapter-body-";

    /** Where one chapter's body is in the page, in characters, and the chapter's source file. */
    record Span(String source, int start, int length) {

        int end() {
            return start + length;
        }
    }

    /** A page and where each chapter's body is in it, in chapter order. */
    record Assembled(String html, List<Span> spans) {

        Assembled {
            spans = List.copyOf(spans);
        }
    }

    private SinglePagePaper() {
    }

    /** What the skeleton holds in place of the body of the chapter at {@code index}. */
    static String placeholder(int index) {
        return PLACEHOLDER_START + index + "-->";
    }

    /**
     * The page with each chapter's body in place of its placeholder, or {@code null} when the
     * skeleton does not hold every placeholder exactly once and in order (a template that prints
     * a body twice, or transformed): the page must then be rendered with its bodies.
     *
     * @param bodies the prefixed body of each of {@code chapters}
     */
    static Assembled assemble(String skeleton, List<Page> chapters, List<String> bodies) {
        StringBuilder html = new StringBuilder(skeleton.length() + bodies.stream().mapToInt(String::length).sum());
        List<Span> spans = new ArrayList<>(chapters.size());
        int from = 0;
        for (int i = 0; i < chapters.size(); i++) {
            String placeholder = placeholder(i);
            int at = skeleton.indexOf(PLACEHOLDER_START, from);
            if (at < 0 || !skeleton.startsWith(placeholder, at)) {
                return null;
            }
            html.append(skeleton, from, at);
            spans.add(new Span(chapters.get(i).sourceName(), html.length(), bodies.get(i).length()));
            html.append(bodies.get(i));
            from = at + placeholder.length();
        }
        if (skeleton.indexOf(PLACEHOLDER_START, from) >= 0) {
            return null;
        }
        html.append(skeleton, from, skeleton.length());
        return new Assembled(html.toString(), spans);
    }

    /**
     * The published page {@code published} with new bodies for some chapters, or {@code null}
     * when the recorded spans do not describe it (other chapters, or a page of another length).
     *
     * @param spans    where the chapters' bodies are in {@code published}
     * @param chapters the chapters the page shows now, in order
     * @param changed  the new prefixed body of each changed chapter, by its index in {@code chapters}
     */
    static Assembled replace(String published, List<Span> spans, List<Page> chapters, Map<Integer, String> changed) {
        if (spans.size() != chapters.size() || (!spans.isEmpty() && spans.get(spans.size() - 1).end() > published.length())) {
            return null;
        }
        StringBuilder html = new StringBuilder(published.length() + changed.values().stream().mapToInt(String::length).sum());
        List<Span> moved = new ArrayList<>(spans.size());
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (!span.source().equals(chapters.get(i).sourceName()) || span.start() < from) {
                return null;
            }
            html.append(published, from, span.start());
            String body = changed.get(i);
            int start = html.length();
            if (body == null) {
                html.append(published, span.start(), span.end());
            } else {
                html.append(body);
            }
            moved.add(new Span(span.source(), start, html.length() - start));
            from = span.end();
        }
        html.append(published, from, published.length());
        return new Assembled(html.toString(), moved);
    }
}
