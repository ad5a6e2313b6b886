package org.ipwp.dataview;

/**
 * Escapes text for HTML element content and double-quoted attribute values; the one escaper of
 * the HTML that extensions write outside the templates (a {@code <script>} in a CSV cell shows as
 * text).
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
