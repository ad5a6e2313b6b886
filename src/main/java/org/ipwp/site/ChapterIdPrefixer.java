package org.ipwp.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a chapter's ids unique inside the single-page white paper by prefixing them: every
 * {@code id}, the chapter's own {@code #fragment} links ({@code <a href="#…">}) and the
 * {@code aria-labelledby} references of its charts.
 *
 * <p>The markup Asciidoctor and ipwp write (double-quoted attributes, no comments, no script or
 * style) is rewritten in one pass over its tags, every other character kept as it is. Anything
 * outside that subset (a comment, a raw-text element, an unquoted or single-quoted value, an
 * entity in a rewritten value, a stray {@code <} in raw HTML) goes through a full jsoup parse
 * instead. Both give the same document ({@code ChapterIdPrefixerTest} compares them); the pass
 * over the tags is what keeps the single-page view cheap on a thousand chapters, where parsing
 * and printing every body was a fifth of the rendering.
 */
final class ChapterIdPrefixer {

    /** Elements whose content is not markup: the pass over the tags leaves them to jsoup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "noscript", "plaintext");

    /**
     * Elements whose content is text (jsoup reads a chart's {@code <title>} so even inside SVG):
     * read by the pass over the tags only when no {@code <} comes before their end tag.
     */
    private static final Set<String> TEXT_ONLY = Set.of("title", "textarea");

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
        int length = html.length();
        int at = 0;
        while (at < length) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                out.append(html, at, length);
                break;
            }
            out.append(html, at, open);
            if (open + 1 >= length) {
                return null;
            }
            if (html.charAt(open + 1) == '/') {
                int close = endOfEndTag(html, open);
                if (close < 0) {
                    return null;
                }
                out.append(html, open, close);
                at = close;
                continue;
            }
            if (!isLetter(html.charAt(open + 1))) {
                return null;
            }
            at = startTag(html, open, prefix, out);
            if (at < 0) {
                return null;
            }
            String name = tagName(html, open);
            if (TEXT_ONLY.contains(name)) {
                int end = html.indexOf('<', at);
                if (end < 0 || !html.regionMatches(true, end, "</" + name, 0, name.length() + 2)) {
                    return null;
                }
                out.append(html, at, end);
                at = end;
            }
        }
        return out.toString();
    }

    /**
     * Copies the start tag at {@code open} to {@code out}, rewriting its values; returns where it
     * ends, or -1 outside the subset.
     */
    private static int startTag(String html, int open, String prefix, StringBuilder out) {
        int length = html.length();
        String name = tagName(html, open);
        if (RAW_TEXT.contains(name)) {
            return -1;
        }
        int at = open + 1 + name.length();
        out.append(html, open, at);
        while (at < length) {
            char c = html.charAt(at);
            if (isSpace(c)) {
                out.append(c);
                at++;
            } else if (c == '>') {
                out.append(c);
                return at + 1;
            } else if (c == '/' && at + 1 < length && html.charAt(at + 1) == '>') {
                out.append("/>");
                return at + 2;
            } else if (isNameChar(c)) {
                int nameStart = at;
                while (at < length && isNameChar(html.charAt(at))) {
                    at++;
                }
                String attribute = html.substring(nameStart, at);
                out.append(attribute);
                if (at >= length) {
                    return -1;
                }
                if (html.charAt(at) != '=') {
                    // A boolean attribute; anything but a space or the tag's end is outside the subset.
                    char next = html.charAt(at);
                    if (!isSpace(next) && next != '>' && next != '/') {
                        return -1;
                    }
                    continue;
                }
                if (at + 1 >= length || html.charAt(at + 1) != '"') {
                    return -1;
                }
                int valueStart = at + 2;
                int valueEnd = html.indexOf('"', valueStart);
                if (valueEnd < 0) {
                    return -1;
                }
                String value = html.substring(valueStart, valueEnd);
                String rewritten = rewrite(name, attribute.toLowerCase(Locale.ROOT), value, prefix);
                if (rewritten == null) {
                    return -1;
                }
                out.append("=\"").append(rewritten).append('"');
                at = valueEnd + 1;
                if (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '>' && html.charAt(at) != '/') {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return -1;
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

    /** The lower-case name of the tag opening at {@code open}. */
    private static String tagName(String html, int open) {
        int at = open + 1;
        while (at < html.length() && isNameChar(html.charAt(at))) {
            at++;
        }
        return html.substring(open + 1, at).toLowerCase(Locale.ROOT);
    }

    /** The end of the end tag at {@code open} ({@code </name>}, optionally with spaces), or -1. */
    private static int endOfEndTag(String html, int open) {
        int at = open + 2;
        int length = html.length();
        if (at >= length || !isLetter(html.charAt(at))) {
            return -1;
        }
        while (at < length && isNameChar(html.charAt(at))) {
            at++;
        }
        while (at < length && isSpace(html.charAt(at))) {
            at++;
        }
        return at < length && html.charAt(at) == '>' ? at + 1 : -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
