package org.ipwp.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over the tags of the HTML that Asciidoctor and ipwp write: double-quoted attribute
 * values, no comments, no script or style, at most a {@code <!DOCTYPE>} first. Reading that subset takes a fraction of a full parse,
 * which matters for work done on every body of a thousand-page site; markup outside it (a
 * comment, a raw-text element, an unquoted or single-quoted value, a stray {@code <} in raw HTML)
 * makes {@link #scan} return {@code false}, and the caller then parses with jsoup. Callers keep a
 * test that compares their result with jsoup's on every body of the site.
 */
public final class TagScanner {

    /** Elements whose content is not markup: outside the subset. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "noscript", "plaintext");

    /**
     * Elements whose content is text (jsoup reads a chart's {@code <title>} so even inside SVG):
     * inside the subset only when no {@code <} comes before their end tag.
     */
    public static final Set<String> TEXT_ONLY = Set.of("title", "textarea");

    /** Elements that never have content or an end tag. */
    public static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");

    /**
     * An attribute of a start tag.
     *
     * @param name       lower-case name
     * @param valueStart where the value starts in the scanned HTML (after the opening quote), or -1
     *                   for an attribute without a value
     * @param valueEnd   where it ends (at the closing quote), or -1
     */
    public record Attribute(String name, int valueStart, int valueEnd) {

        public boolean hasValue() {
            return valueStart >= 0;
        }
    }

    /**
     * A start tag.
     *
     * @param name        lower-case element name
     * @param start       where its {@code <} is
     * @param end         just after its {@code >}
     * @param attributes  in order
     * @param selfClosing written {@code <name … />}
     */
    public record StartTag(String name, int start, int end, List<Attribute> attributes, boolean selfClosing) {

        public StartTag {
            attributes = List.copyOf(attributes);
        }

        /** The raw (not decoded) value of the first attribute called {@code name}, or {@code null}. */
        public String value(String html, String attribute) {
            for (Attribute a : attributes) {
                if (a.name().equals(attribute)) {
                    return a.hasValue() ? html.substring(a.valueStart(), a.valueEnd()) : "";
                }
            }
            return null;
        }
    }

    /** What the scan reports, in document order. */
    public interface Visitor {

        /** Text between tags, {@code html[start, end)}, entities not decoded. */
        void text(int start, int end);

        void startTag(StartTag tag);

        /** An end tag {@code </name>} at {@code html[start, end)}. */
        void endTag(String name, int start, int end);

        /** The {@code <!DOCTYPE …>} a whole page starts with, at {@code html[start, end)}. */
        default void doctype(int start, int end) {
        }
    }

    private TagScanner() {
    }

    /**
     * Reports every text run and tag of {@code html} to {@code visitor}; returns {@code false} as
     * soon as the markup leaves the subset (what was reported until then must be discarded).
     */
    public static boolean scan(String html, Visitor visitor) {
        int length = html.length();
        int at = 0;
        if (html.regionMatches(true, 0, "<!DOCTYPE ", 0, 10)) {
            int end = html.indexOf('>');
            if (end < 0 || html.lastIndexOf('<', end) != 0) {
                return false;
            }
            visitor.doctype(0, end + 1);
            at = end + 1;
        }
        while (at < length) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                visitor.text(at, length);
                return true;
            }
            if (open > at) {
                visitor.text(at, open);
            }
            if (open + 1 >= length) {
                return false;
            }
            if (html.charAt(open + 1) == '/') {
                int close = endOfEndTag(html, open);
                if (close < 0) {
                    return false;
                }
                visitor.endTag(tagName(html, open + 2), open, close);
                at = close;
                continue;
            }
            if (!isLetter(html.charAt(open + 1))) {
                return false;
            }
            StartTag tag = startTag(html, open);
            if (tag == null) {
                return false;
            }
            visitor.startTag(tag);
            at = tag.end();
            if (TEXT_ONLY.contains(tag.name()) && !tag.selfClosing()) {
                int end = html.indexOf('<', at);
                if (end < 0 || !html.regionMatches(true, end, "</" + tag.name(), 0, tag.name().length() + 2)) {
                    return false;
                }
                if (end > at) {
                    visitor.text(at, end);
                }
                at = end;
            }
        }
        return true;
    }

    /** The start tag at {@code open}, or {@code null} outside the subset. */
    private static StartTag startTag(String html, int open) {
        int length = html.length();
        String name = tagName(html, open + 1);
        if (RAW_TEXT.contains(name)) {
            return null;
        }
        List<Attribute> attributes = new ArrayList<>();
        int at = open + 1 + name.length();
        while (at < length) {
            char c = html.charAt(at);
            if (isSpace(c)) {
                at++;
            } else if (c == '>') {
                return new StartTag(name, open, at + 1, attributes, false);
            } else if (c == '/' && at + 1 < length && html.charAt(at + 1) == '>') {
                return new StartTag(name, open, at + 2, attributes, true);
            } else if (isNameChar(c)) {
                int nameStart = at;
                while (at < length && isNameChar(html.charAt(at))) {
                    at++;
                }
                String attribute = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
                if (at >= length) {
                    return null;
                }
                if (html.charAt(at) != '=') {
                    // An attribute without a value; anything but a space or the tag's end is outside the subset.
                    char next = html.charAt(at);
                    if (!isSpace(next) && next != '>' && next != '/') {
                        return null;
                    }
                    attributes.add(new Attribute(attribute, -1, -1));
                    continue;
                }
                if (at + 1 >= length || html.charAt(at + 1) != '"') {
                    return null;
                }
                int valueStart = at + 2;
                int valueEnd = html.indexOf('"', valueStart);
                if (valueEnd < 0) {
                    return null;
                }
                attributes.add(new Attribute(attribute, valueStart, valueEnd));
                at = valueEnd + 1;
                if (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '>' && html.charAt(at) != '/') {
                    return null;
                }
            } else {
                return null;
            }
        }
        return null;
    }

    /** The lower-case name of the tag whose name starts at {@code start}. */
    private static String tagName(String html, int start) {
        int at = start;
        while (at < html.length() && isNameChar(html.charAt(at))) {
            at++;
        }
        return html.substring(start, at).toLowerCase(Locale.ROOT);
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
