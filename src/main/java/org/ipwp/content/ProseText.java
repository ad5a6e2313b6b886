package org.ipwp.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.ipwp.markup.TagScanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The prose of a converted body, as {@link StrayNumberCheck} reads it: every text node that is
 * not blank, outside figures placed from the data, indicator blocks, code, charts and
 * {@code .verbatim} names; grouped by the element holding them, elements in document order.
 *
 * <p>Asciidoctor's markup is read in one pass over its tags ({@link TagScanner}); anything the
 * pass cannot place exactly as a parser would (markup outside the subset, an end tag that does
 * not close the innermost element, a block inside a paragraph, text directly in a table) is
 * parsed with jsoup instead. {@code ProseTextTest} compares both on every body of the site. The
 * check runs on every body a build converts, where a full parse each was a tenth of the
 * conversion time.
 */
final class ProseText {

    /** What is not prose, as a jsoup selector (and as {@link #excluded} reads a start tag). */
    private static final String NOT_PROSE = "data.figure, div.indicator, pre, code, script, style, svg, .verbatim";

    /** Elements a paragraph may hold; any other start tag inside one would close it in a parser. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn",
            "em", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "wbr", "svg");

    /** Elements whose text a parser moves out (text directly in a table is placed before it). */
    private static final Set<String> TABLE_STRUCTURE = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup");

    private ProseText() {
    }

    /** The prose text nodes of {@code html}. */
    static List<String> of(String html) {
        List<String> scanned = scanned(html);
        return scanned != null ? scanned : parsed(html);
    }

    /** The same through a full parse: what {@link #of} falls back to. */
    static List<String> parsed(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select(NOT_PROSE).remove();
        List<String> texts = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (TextNode node : element.textNodes()) {
                if (!node.isBlank()) {
                    texts.add(node.getWholeText());
                }
            }
        }
        return texts;
    }

    /** A text run and the element holding it, by the element's place in document order. */
    private record Run(int element, String text) {
    }

    /** The pass over the tags, or {@code null} when it cannot place the text as a parser would. */
    static List<String> scanned(String html) {
        List<Run> runs = new ArrayList<>();
        // Open elements: name and place in document order (0 is the body); skipping counts the
        // open elements of the innermost part that is not prose.
        Deque<String> names = new ArrayDeque<>();
        Deque<Integer> places = new ArrayDeque<>();
        int[] elements = {0};
        int[] skipping = {0};
        boolean[] unsure = {false};
        boolean read = TagScanner.scan(html, new TagScanner.Visitor() {
            @Override
            public void text(int start, int end) {
                if (skipping[0] > 0) {
                    return;
                }
                String text = Parser.unescapeEntities(html.substring(start, end), false);
                if (isBlank(text)) {
                    return;
                }
                String parent = names.isEmpty() ? "body" : names.peek();
                if (TABLE_STRUCTURE.contains(parent) || text.indexOf('\r') >= 0) {
                    unsure[0] = true;
                    return;
                }
                runs.add(new Run(places.isEmpty() ? 0 : places.peek(), text));
            }

            @Override
            public void startTag(TagScanner.StartTag tag) {
                boolean inChart = names.contains("svg");
                if (!inChart && names.contains("p") && !PHRASING.contains(tag.name())) {
                    unsure[0] = true;
                }
                String classes = tag.value(html, "class");
                if ((classes != null && classes.indexOf('&') >= 0) || (!inChart && TagScanner.TEXT_ONLY.contains(tag.name()))) {
                    unsure[0] = true;
                }
                if (TagScanner.VOID.contains(tag.name())) {
                    return;
                }
                if (tag.selfClosing() && skipping[0] == 0) {
                    unsure[0] = true;
                    return;
                }
                if (tag.selfClosing()) {
                    return;
                }
                names.push(tag.name());
                places.push(++elements[0]);
                if (skipping[0] > 0 || excluded(html, tag)) {
                    skipping[0]++;
                }
            }

            @Override
            public void endTag(String name, int start, int end) {
                if (names.isEmpty() || !names.peek().equals(name)) {
                    unsure[0] = true;
                    return;
                }
                names.pop();
                places.pop();
                if (skipping[0] > 0) {
                    skipping[0]--;
                }
            }
        });
        if (!read || unsure[0] || !names.isEmpty()) {
            return null;
        }
        runs.sort(Comparator.comparingInt(Run::element));
        return runs.stream().map(Run::text).toList();
    }

    /** Whether a start tag opens what {@link #NOT_PROSE} selects. */
    private static boolean excluded(String html, TagScanner.StartTag tag) {
        String name = tag.name();
        if (name.equals("pre") || name.equals("code") || name.equals("svg")) {
            return true;
        }
        String classes = tag.value(html, "class");
        if (classes == null) {
            return false;
        }
        List<String> tokens = Arrays.asList(classes.strip().split("\\s+"));
        return tokens.contains("verbatim") || (name.equals("data") && tokens.contains("figure"))
                || (name.equals("div") && tokens.contains("indicator"));
    }

    /** Blank as jsoup's text nodes are: only spaces, tabs, line and form feeds, carriage returns. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
