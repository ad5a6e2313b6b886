package org.ipwp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ProseText}'s pass over the tags reads the same text, in the same order, as a full jsoup
 * parse: on every body the repository's site converts, and on markup made to trip it; what it
 * cannot place as a parser would, it leaves to the parse.
 */
class ProseTextTest {

    @Test
    void everyBodyOfTheRepositorySiteIsReadInOnePassAsTheParseReadsIt(@TempDir Path temp) throws IOException {
        Path cache = temp.resolve("cache");
        SiteFixture.buildRepositorySiteOnce(temp, "--cache", cache.toString());
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache)) {
            entries = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(cache.resolve("builds"))).sorted().toList();
        }
        int bodies = 0;
        boolean sawFigure = false;
        for (Path entry : entries) {
            ConvertedBody body = ConversionCache.storedBody(entry);
            if (body == null) {
                continue;
            }
            bodies++;
            String html = body.html();
            sawFigure |= html.contains("class=\"figure\"");
            List<String> scanned = ProseText.scanned(html);
            // Asciidoctor's and ipwp's own markup must stay readable in one pass, or every
            // conversion silently pays for a full parse again.
            assertNotNull(scanned, entry + " holds markup the pass over the tags does not read:\n" + html);
            assertEquals(ProseText.parsed(html), scanned, html);
        }
        assertTrue(bodies > 20, "the site converted " + bodies + " bodies");
        assertTrue(sawFigure, "a figure quoted from the data was among them");
    }

    @Test
    void textIsGroupedByTheElementHoldingItAndWhatIsNotProseIsLeftOut() {
        String html = "<div class=\"paragraph\"><p>A <b>12</b> C <data class=\"figure\" value=\"5\">50.22万</data> D</p></div>"
                + "<div class=\"indicator\"><div><table><tbody><tr><td>43870</td></tr></tbody></table></div></div>"
                + "<p>E <span class=\"verbatim x\">1+7+5+10</span> &amp; F<br>G</p>"
                + "<svg><title id=\"t\">chart 9</title><text>7</text></svg><pre>code 1</pre><p><code>2</code>H</p>";

        assertEquals(List.of("A ", " C ", " D", "12", "E ", " & F", "G", "H"), ProseText.scanned(html));
        assertEquals(ProseText.parsed(html), ProseText.scanned(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a <!-- note --> b</p>",
        "<p>a<div>block inside a paragraph</div>b</p>",
        "<table>text directly in a table<tr><td>1</td></tr></table>",
        "<ul><li>an item<li>another item</ul>",
        "<p>unclosed",
        "<span/>text after a self-closed span",
        "<p class=\"a&amp;b\">an entity in a class</p>",
        "<title>a title outside a chart</title>",
        "<script>var x = 1;</script>",
        "<p>1 < 2</p>",
    })
    void markupItCannotPlaceAsAParserWouldGoesThroughTheParse(String html) {
        assertNull(ProseText.scanned(html), html);
        assertEquals(ProseText.parsed(html), ProseText.of(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plain text 2020",
        "<p>&#50;&#48; built from references, &nbsp;&#8201;and spaces</p>",
        "<div><p>one</p>two<p>three</p></div>",
        "<table><tbody><tr><th>1</th><td>2<br>3</td></tr></tbody></table>",
        "<p><a href=\"#x\"><img src=\"a.png\" alt=\"4\"> five</a></p>",
        "<div class=\"verbatim\"><p>6</p></div><p>7</p>",
        "<p>\u2003\u00a0</p>",
    })
    void markupItCanPlaceIsReadAsTheParseReadsIt(String html) {
        assertNotNull(ProseText.scanned(html), html);
        assertEquals(ProseText.parsed(html), ProseText.scanned(html));
    }
}
