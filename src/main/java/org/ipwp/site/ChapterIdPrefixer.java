package org.ipwp.site;

import java.util.Arrays;
import org.ipwp.markup.TagScanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a chapter's ids unique inside the single-page white paper by prefixing them: every
 * {@code id}, the chapter's own {@code #fragment} links ({@code <a href="#…">}) and the
 * {@code aria-labelledby} references of its charts.
 *
 * <p>The markup Asciidoctor and ipwp write is rewritten in one pass over its tags
 * ({@link TagScanner}), every other character kept as it is; anything outside that subset, and a
 * value to rewrite that holds an entity, goes through a full jsoup parse instead. Both give the
 * same document ({@code ChapterIdPrefixerTest} compares them); the pass over the tags is what
 * keeps the single-page view cheap on a thousand chapters, where parsing and printing every body
 * was a fifth of the rendering.
 */
final class ChapterIdPrefixer {

    private ChapterIdPrefixer() {
    }

    /** {@code html} with its ids, fragment links and label references prefixed by {@code prefix}. */
    static String prefix(String html, String prefix) {
        String rewritten = rewriteTags(html, prefix);
        return rewritten != null ? rewritten : parseAndPrefix(html, prefix);
    }

    /** The same through a full parse: what {@link #prefix} falls back to. */
    static String parseAndPrefix(String html, String prefix) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("[id]")) {
            element.attr("id", prefix + element.id());
        }
        for (Element anchor : document.select("a[href^=#]")) {
            anchor.attr("href", "#" + prefix + anchor.attr("href").substring(1));
        }
        for (Element labelled : document.select("[aria-labelledby]")) {
            labelled.attr("aria-labelledby", labels(labelled.attr("aria-labelledby"), prefix));
        }
        return document.body().html();
    }

    /** The pass over the tags, or {@code null} when the markup is outside the subset it reads. */
    static String rewriteTags(String html, String prefix) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        // A value to rewrite that the pass cannot rewrite as text: an entity in it, or no value at all.
        boolean[] unsafe = {false};
        boolean read = TagScanner.scan(html, new TagScanner.Visitor() {
            @Override
            public void text(int start, int end) {
                out.append(html, start, end);
            }

            @Override
            public void startTag(TagScanner.StartTag tag) {
                int copied = tag.start();
                for (TagScanner.Attribute attribute : tag.attributes()) {
                    if (!attribute.hasValue()) {
                        unsafe[0] |= attribute.name().equals("id") || attribute.name().equals("aria-labelledby");
                        continue;
                    }
                    String value = html.substring(attribute.valueStart(), attribute.valueEnd());
                    String rewritten = rewrite(tag.name(), attribute.name(), value, prefix);
                    if (rewritten == null) {
                        unsafe[0] = true;
                    } else if (!rewritten.equals(value)) {
                        out.append(html, copied, attribute.valueStart()).append(rewritten);
                        copied = attribute.valueEnd();
                    }
                }
                out.append(html, copied, tag.end());
            }

            @Override
            public void endTag(String name, int start, int end) {
                out.append(html, start, end);
            }

            @Override
            public void doctype(int start, int end) {
                out.append(html, start, end);
            }
        });
        return read && !unsafe[0] ? out.toString() : null;
    }

    /** The value of one attribute after prefixing, or {@code null} when an entity makes it unsafe to rewrite as text. */
    private static String rewrite(String element, String attribute, String value, String prefix) {
        boolean id = attribute.equals("id");
        boolean fragment = attribute.equals("href") && element.equals("a") && value.startsWith("#");
        boolean labels = attribute.equals("aria-labelledby");
        if (!id && !fragment && !labels) {
            return value;
        }
        if (value.indexOf('&') >= 0) {
            return null;
        }
        if (id) {
            return prefix + value;
        }
        return fragment ? "#" + prefix + value.substring(1) : labels(value, prefix);
    }

    private static String labels(String value, String prefix) {
        return String.join(" ", Arrays.stream(value.split("\\s+")).map(id -> prefix + id).toList());
    }
}
