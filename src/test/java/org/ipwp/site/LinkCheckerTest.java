package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The link checker reads a page's ids and links in one pass over its tags where it can, and
 * finds exactly what a full parse finds: on every page of the repository's site, and on markup
 * made to trip it.
 */
class LinkCheckerTest {

    private static final Path PAGE = Path.of("page.html");

    private static LinkChecker.ParsedPage parsed(String html) {
        return LinkChecker.facts(PAGE, Jsoup.parse(html));
    }

    @Test
    void everyPageOfTheRepositorySiteIsReadAsTheParseReadsIt(@TempDir Path temp) throws IOException {
        Path out = SiteFixture.buildRepositorySiteOnce(temp);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int scanned = 0;
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            LinkChecker.ParsedPage facts = LinkChecker.scannedFacts(PAGE, html);
            String name = out.relativize(page).toString();
            if (name.contains("whitepaper/") || name.contains("letters/")) {
                // The pages the one pass exists for: every chapter, letter and the single-page white paper.
                assertNotNull(facts, name + " is outside the markup the pass over the tags reads");
            }
            if (facts != null) {
                scanned++;
                assertEquals(parsed(html), facts, name);
            }
        }
        assertTrue(scanned > pages.size() / 2, scanned + " of " + pages.size() + " pages read in one pass");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><head><link rel=\"canonical\" href=\"https://e.org/a/\"><link rel=\"stylesheet\" href=\"s.css\">"
                + "</head><body><a href=\"?a=1&amp;b=2#x\" id=\"top\">t</a><img src=\"i.png\" alt=\"\"><p id=\"\">e</p></body></html>",
        "<P ID=\"Upper\"><A HREF=\"#Upper\">upper-case names</A></P>",
        "<a href>no value</a><a name=\"n\">named</a><link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">",
        "<svg><title id=\"t\">chart</title><rect x=\"1\"/><a href=\"#t\"><text>in a chart</text></a></svg>",
        "<video><source src=\"v.mp4\"></video><p id=\"a&lt;b\">an entity in an id</p>",
    })
    void pagesInsideTheSubsetAreReadAsTheParseReadsThem(String html) {
        LinkChecker.ParsedPage facts = LinkChecker.scannedFacts(PAGE, html);
        assertNotNull(facts, html);
        assertEquals(parsed(html), facts);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<b><p>misnested</b></p>",
        "<ul><li>an item<li>another</ul>",
        "<p>a <!-- comment --> <a href=\"x\">b</a></p>",
        "<script src=\"s.js\"></script>",
        "<iframe src=\"f.html\"></iframe>",
        "<a href='single'>single quotes</a>",
    })
    void pagesAParserWouldReadOtherwiseAreLeftToIt(String html) {
        assertNull(LinkChecker.scannedFacts(PAGE, html), html);
    }
}
