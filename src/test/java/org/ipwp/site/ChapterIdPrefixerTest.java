package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ChapterIdPrefixer}'s pass over the tags gives the document a full jsoup parse gives, on
 * every body of the repository's site and on markup made to trip it; what it cannot read safely
 * it leaves to the parse.
 */
class ChapterIdPrefixerTest {

    private static final String PREFIX = "c7-";

    /** The document a browser (here jsoup) builds from {@code html}, printed the same way for both. */
    private static String document(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    private static void assertSameDocument(String html) {
        assertEquals(document(ChapterIdPrefixer.parseAndPrefix(html, PREFIX)), document(ChapterIdPrefixer.prefix(html, PREFIX)),
                html);
    }

    @Test
    void everyBodyOfTheRepositorySiteIsRewrittenInOnePassToTheSameDocument(@TempDir Path temp) throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        SiteBuilder builder = new SiteBuilder(new BuildOptions(fixture.root(), temp.resolve("out"), null, false, false));
        builder.build();
        List<Page> withBodies = builder.built().model().pages().stream().filter(p -> p.body() != null).toList();
        assertTrue(withBodies.size() > 20, "the site has pages with bodies");
        boolean sawChart = false;
        for (Page page : withBodies) {
            String html = page.body().html();
            sawChart |= html.contains("<svg");
            // Asciidoctor's and ipwp's own markup must stay in the subset the one pass reads, or the
            // single-page view silently falls back to the slow parse.
            String rewritten = ChapterIdPrefixer.rewriteTags(html, PREFIX);
            assertNotNull(rewritten, page.sourceName() + " is outside the markup the pass over the tags reads");
            assertEquals(document(ChapterIdPrefixer.parseAndPrefix(html, PREFIX)), document(rewritten), page.sourceName());
        }
        assertTrue(sawChart, "a chart (SVG with <title> and aria-labelledby) was among the bodies");
    }

    @Test
    void idsFragmentLinksAndLabelReferencesArePrefixedAndNothingElseChanges() {
        String html = "<div class=\"sect1\"><h2 id=\"s1\"><a class=\"anchor\" href=\"#s1\"></a>One &amp; two</h2>"
                + "<p>See <a href=\"#s1\">above</a>, <a href=\"../x/#s1\">there</a> and <a href=\"https://e.org/#a\">here</a>."
                + "<br><img src=\"a.png\" alt=\"a > b\"></p>"
                + "<svg role=\"img\" aria-labelledby=\"t d\"><title id=\"t\">Title &lt;1&gt;</title><desc id=\"d\">D</desc>"
                + "<rect x=\"1\"/></svg></div>";
        String rewritten = ChapterIdPrefixer.rewriteTags(html, PREFIX);
        assertEquals("<div class=\"sect1\"><h2 id=\"c7-s1\"><a class=\"anchor\" href=\"#c7-s1\"></a>One &amp; two</h2>"
                + "<p>See <a href=\"#c7-s1\">above</a>, <a href=\"../x/#s1\">there</a> and <a href=\"https://e.org/#a\">here</a>."
                + "<br><img src=\"a.png\" alt=\"a > b\"></p>"
                + "<svg role=\"img\" aria-labelledby=\"c7-t c7-d\"><title id=\"c7-t\">Title &lt;1&gt;</title><desc id=\"c7-d\">D</desc>"
                + "<rect x=\"1\"/></svg></div>", rewritten);
        assertSameDocument(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a <!-- note --> b</p>",
        "<p id='single'>single quotes</p>",
        "<p id=bare>unquoted</p>",
        "<p id=\"a&amp;b\">entity in an id</p>",
        "<p id>an id without a value</p>",
        "<a href=\"#x&#32;y\">entity in a fragment</a>",
        "<p>1 < 2, a stray less-than in raw HTML</p>",
        "<script>var a = '<a id=\"x\">';</script><p id=\"y\">after a script</p>",
        "<style>p[id=\"x\"] {}</style>",
        "<title>a <b id=\"x\">tag</b> inside a title</title>",
        "<textarea><p id=\"x\"></textarea>",
        "<p id = \"spaces\">spaces around the equals sign</p>",
        "<p id=\"x\"class=\"y\">no space between attributes</p>",
        "<p id=\"unterminated>",
        "<p>a tag cut off <b",
        "<?xml version=\"1.0\"?><p id=\"x\">processing instruction</p>",
    })
    void markupOutsideTheSubsetGoesThroughTheParse(String html) {
        assertNull(ChapterIdPrefixer.rewriteTags(html, PREFIX), html);
        assertEquals(ChapterIdPrefixer.parseAndPrefix(html, PREFIX), ChapterIdPrefixer.prefix(html, PREFIX));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<P ID=\"upper\"><A HREF=\"#upper\">upper-case names</A></P>",
        "<input type=\"checkbox\" checked disabled id=\"box\">",
        "<p aria-labelledby=\"  a   b \" id=\"\">odd spacing and an empty id</p>",
        "<table><tr><td id=\"cell\">a table without tbody</td></tr></table>",
        "<p><div id=\"moved\">a div inside a paragraph</div></p>",
        "<a id=\"x\" id=\"y\" href=\"#x\">a repeated attribute</a>",
        "<area href=\"#map\"><link href=\"#l\">",
        "<svg><title id=\"t\">no less-than &amp; in here</title><a href=\"#t\"><text>svg link</text></a></svg>",
        "<p>a &gt; b and \"quotes\" in text</p>",
        "<br/><hr /><img src=\"x\"/>",
        "<p\nid=\"multi\"\nclass=\"line\">attributes over lines</p>",
        "",
        "plain text only",
    })
    void markupInsideTheSubsetIsRewrittenToTheSameDocument(String html) {
        assertNotNull(ChapterIdPrefixer.rewriteTags(html, PREFIX), html);
        assertSameDocument(html);
    }

    @Test
    void onlyLinksOfAnchorElementsAreFragmentLinks() {
        String rewritten = ChapterIdPrefixer.rewriteTags("<area href=\"#m\"><a href=\"#m\">m</a>", PREFIX);
        assertEquals("<area href=\"#m\"><a href=\"#c7-m\">m</a>", rewritten, "as jsoup's a[href^=#] selects");
    }
}
