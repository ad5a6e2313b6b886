package org.ipwp.chart;

import java.util.Locale;

/**
 * Writes SVG markup that is both well-formed XML and valid inline SVG in HTML: every text and
 * attribute value is escaped, and every number has the same fixed number of decimals in
 * {@link Locale#ROOT}, so equal input gives byte-identical output whatever the JVM's locale.
 */
final class SvgMarkup {

    private final StringBuilder out = new StringBuilder();

    /** Starts an element; finish it with {@link Tag#open()}, {@link Tag#empty()} or {@link Tag#text(String)}. */
    Tag tag(String name) {
        return new Tag(name);
    }

    /** Closes an element started with {@link Tag#open()}. */
    SvgMarkup close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** Appends markup written by another {@code SvgMarkup}. */
    SvgMarkup append(SvgMarkup other) {
        out.append(other.out);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * A coordinate or length with two decimals. Adding {@code 0.0} turns {@code -0.0} into
     * {@code 0.0}, which would otherwise print as "-0.00" for some inputs and not others.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("chart geometry produced a non-finite number: " + value);
        }
        return String.format(Locale.ROOT, "%.2f", value + 0.0);
    }

    /** Escapes text for both XML and HTML foreign content; rejects characters neither allows. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (isForbidden(c)) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                                "chart text contains the control character U+%04X, which SVG cannot carry: %s",
                                c, text.replaceAll("\\p{Cntrl}", "?")));
                    }
                    escaped.appendCodePoint(c);
                }
            }
        });
        return escaped.toString();
    }

    private static boolean isForbidden(int c) {
        boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        boolean c1 = c >= 0x7F && c <= 0x9F;
        boolean surrogate = c >= 0xD800 && c <= 0xDFFF; // only unpaired ones reach here
        return c0 || c1 || surrogate || c == 0xFFFE || c == 0xFFFF;
    }

    /** An element being started: attributes in the order they are added. */
    final class Tag {

        private final String name;

        private Tag(String name) {
            this.name = name;
            out.append('<').append(name);
        }

        Tag attr(String attribute, String value) {
            out.append(' ').append(attribute).append("=\"").append(escape(value)).append('"');
            return this;
        }

        Tag attr(String attribute, double value) {
            return attr(attribute, number(value));
        }

        /** Leaves the element open for children; close it with {@link SvgMarkup#close(String)}. */
        SvgMarkup open() {
            out.append('>');
            return SvgMarkup.this;
        }

        /** Ends the element without children ({@code <rect ... />}, valid for SVG inside HTML). */
        SvgMarkup empty() {
            out.append("/>");
            return SvgMarkup.this;
        }

        /** Ends the element with escaped text as its only child. */
        SvgMarkup text(String text) {
            out.append('>').append(escape(text)).append("</").append(name).append('>');
            return SvgMarkup.this;
        }
    }
}
