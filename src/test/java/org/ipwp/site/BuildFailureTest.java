package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input fails the build with the file, line and code, a non-zero exit, and the previous
 * output left byte-identical.
 */
class BuildFailureTest {

    @TempDir
    Path temp;

    private SiteFixture fixture;
    private Path out;
    private Map<String, String> before;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        out = temp.resolve("out");
        assertEquals(0, fixture.build("--out", out.toString()).exitCode());
        before = SiteFixture.hashes(out);
    }

    private void assertFailsWith(int exitCode, String expectedLine) throws IOException {
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(exitCode, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(line -> line.equals(expectedLine)), "expected line\n" + expectedLine + "\nin\n" + run.err());
        assertEquals(before, SiteFixture.hashes(out), "previous output changed");
        try (var siblings = Files.list(temp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "staging folder left behind");
        }
    }

    @Test
    void missingIncludeNamesFileAndLine() throws IOException {
        fixture.append("content/zh/about.adoc", "\ninclude::zh/missing.adoc[]\n");
        int line = (int) Files.readString(fixture.root().resolve("content/zh/about.adoc")).lines().count();
        assertFailsWith(1, "content/zh/about.adoc:" + line + ": error: [adoc.include-not-found] include file not found: content/zh/missing.adoc");
    }

    @Test
    void includeOutsideTheContentFolderIsRefused() throws IOException {
        fixture.append("content/zh/about.adoc", "\ninclude::../jbake.properties[]\n");
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/zh/about.adoc:"), run.err());
        assertFalse(run.err().contains("site.baseUrl"), "the file outside content/ must not be read");
        assertEquals(before, SiteFixture.hashes(out));
    }

    @Test
    void unresolvedCrossReferenceNamesLineAndColumn() throws IOException {
        fixture.edit("content/en/about.adoc", "~~~~~~\n", "~~~~~~\nSee <<no-such-section>>.\n");
        int line = Files.readString(fixture.root().resolve("content/en/about.adoc")).lines().toList().indexOf("See <<no-such-section>>.") + 1;
        assertFailsWith(1, "content/en/about.adoc:" + line + ":5: error: [adoc.invalid-reference] possible invalid reference: no-such-section");
    }

    @Test
    void missingAttributeWarnsAndFailsUnderStrict() throws IOException {
        fixture.edit("content/en/about.adoc", "~~~~~~\n", "~~~~~~\nIn {ipr-year} we.\n");
        SiteFixture.Run lenient = fixture.build("--out", temp.resolve("lenient").toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.err().contains("warning: [adoc.attribute-missing]"), lenient.err());
        SiteFixture.Run strict = fixture.build("--out", out.toString(), "--strict");
        assertEquals(1, strict.exitCode());
        assertEquals(before, SiteFixture.hashes(out));
    }

    @Test
    void unknownFigureNamesLineAndColumn() throws IOException {
        fixture.edit("content/en/about.adoc", "~~~~~~\n", "~~~~~~\nGrants: figure:key-indicators[no-such-row].\n");
        int line = Files.readString(fixture.root().resolve("content/en/about.adoc")).lines().toList()
                .indexOf("Grants: figure:key-indicators[no-such-row].") + 1;
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/en/about.adoc:" + line + ":9: error: [adoc.figure-unknown] dataset 'key-indicators' has no row 'no-such-row'"), run.err());
        assertEquals(before, SiteFixture.hashes(out));
    }

    @Test
    void missingHeaderFieldIsAnError() throws IOException {
        fixture.edit("content/zh/about.adoc", "type=page\n", "");
        assertFailsWith(1, "content/zh/about.adoc:1: error: [meta.missing-field] header has no 'type'; use one of home, page, contents, chapter, letter");
    }

    @Test
    void misspeltHeaderKeyIsAnError() throws IOException {
        fixture.edit("content/zh/about.adoc", "status=published", "stauts=published");
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/zh/about.adoc:3: error: [meta.unknown-key] unknown header key 'stauts'"), run.err());
    }

    @Test
    void templateErrorNamesTemplateLine() throws IOException {
        fixture.edit("templates/page.html", "${page.page().title()}", "${page.page().titel()}");
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("templates/page.html:8:") && l.contains("[tpl.error]")), run.err());
        assertEquals(before, SiteFixture.hashes(out));
    }

    @Test
    void missingMessageKeyIsAnError() throws IOException {
        fixture.edit("templates/page.html", "<h1 th:text=\"${page.page().title()}\">", "<h1 th:text=\"#{no.such.key}\">");
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("message key 'no.such.key' is not in templates/i18n/messages_*.properties"), run.err());
    }

    @Test
    void unknownConfigurationKeyExitsWithConfigurationError() throws IOException {
        fixture.append("jbake.properties", "site.titel=x\n");
        int line = (int) Files.readString(fixture.root().resolve("jbake.properties")).lines().count();
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("jbake.properties:" + line + ": error: [config.unknown-key] unknown key 'site.titel'"), run.err());
    }

    @Test
    void missingTranslationWarnsAndShowsAPageInTheOtherLanguage() throws IOException {
        Files.delete(fixture.root().resolve("content/en/about.adoc"));
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/zh/about.adoc: warning: [i18n.missing-counterpart] has no content/en/about.adoc"), run.err());
        var page = SiteFixture.page(out, "en/about/index.html");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("This page is not yet available in English", page.selectFirst("h1").text());
        assertEquals("../../zh/about/", page.selectFirst("main a").attr("href"));
        assertEquals(1, fixture.build("--out", temp.resolve("strict").toString(), "--strict").exitCode());
    }

    @Test
    void staleFilesDoNotSurviveARebuild() throws IOException {
        Files.writeString(out.resolve("zh/stale.html"), "old");
        assertEquals(0, fixture.build("--out", out.toString()).exitCode());
        assertFalse(Files.exists(out.resolve("zh/stale.html")));
    }

    @Test
    void aFolderThatIsNotASiteIsNeverReplaced() throws IOException {
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("thesis.txt"), "do not delete");
        SiteFixture.Run run = fixture.build("--out", precious.toString());
        assertEquals(2, run.exitCode());
        assertTrue(Files.exists(precious.resolve("thesis.txt")));
    }
}
