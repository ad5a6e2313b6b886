package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive with fixture letters from src/test/resources/fixtures/letters: several years, both
 * kinds, one with an attachment, one without an English translation.
 */
class LetterArchiveTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/letters");

    @TempDir
    Path temp;

    private SiteFixture fixture;
    private Path out;

    @BeforeEach
    void siteWithFixtureLetters() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        SiteFixture.copyTree(FIXTURES, fixture.root().resolve("content"));
        out = temp.resolve("out");
    }

    private SiteFixture.Run build() {
        return fixture.build("--out", out.toString());
    }

    @Test
    void theArchiveListsEveryLetterNewestFirstWithYearPagesAndFeeds() throws IOException {
        SiteFixture.Run run = build();
        assertEquals(0, run.exitCode(), run.err());
        Document zh = SiteFixture.page(out, "zh/letters/index.html");
        assertEquals(List.of("渝市监函〔2021〕30号", "渝市监函〔2021〕12号", "渝市监函〔2020〕155号", "渝市监函〔2019〕88号"),
                zh.select("table.letters tbody tr td:nth-of-type(2)").eachText());
        assertEquals(List.of("2021年7月1日", "2021年5月20日", "2020年3月31日", "2019年6月10日"),
                zh.select("table.letters tbody tr time").eachText());
        Document year = SiteFixture.page(out, "zh/letters/2021/index.html");
        assertEquals(2, year.select("table.letters tbody tr").size());
        assertEquals("page", year.selectFirst("nav.years a[aria-current]").attr("aria-current"));
        Document en = SiteFixture.page(out, "en/letters/2019/index.html");
        assertEquals(List.of("10 June 2019"), en.select("table.letters tbody tr time").eachText());
        String feed = Files.readString(out.resolve("zh/letters/feed.xml"));
        assertEquals(4, feed.split("<entry>", -1).length - 1);
        assertTrue(feed.indexOf("reply-30") < feed.indexOf("reply-12"), "feed newest first");
    }

    @Test
    void letterPagesShowMetadataInBothLanguagesAndParagraphAnchors() throws IOException {
        assertEquals(0, build().exitCode());
        Document zh = SiteFixture.page(out, "zh/letters/2019/cppcc-88/index.html");
        Document en = SiteFixture.page(out, "en/letters/2019/cppcc-88/index.html");
        assertTrue(zh.selectFirst("section.letter-meta").text().contains("王五"));
        assertTrue(en.selectFirst("section.letter-meta").text().contains("Wang Wu"));
        assertTrue(en.selectFirst("section.letter-meta").text().contains("10 June 2019"));
        assertTrue(zh.selectFirst("section.letter-meta").text().contains("2019年6月10日"));
        assertTrue(en.selectFirst("section.letter-meta").text().contains("(CPPCC)"), en.selectFirst("section.letter-meta").text());
        for (int p = 1; p <= 4; p++) {
            assertNotNull(zh.getElementById("p" + p), "paragraph anchor p" + p);
        }
        assertEquals("二是加强宣传。", zh.getElementById("p4").text());
        assertNotNull(en.selectFirst("p.notice"), "the English page says it is an unofficial translation");
    }

    @Test
    void anAttachmentIsPublishedBesideTheLetterWithItsSize() throws IOException {
        assertEquals(0, build().exitCode());
        byte[] scan = Files.readAllBytes(FIXTURES.resolve("zh/letters/2021/reply-12/scan.pdf"));
        assertArrayEquals(scan, Files.readAllBytes(out.resolve("zh/letters/2021/reply-12/scan.pdf")));
        Element zhLink = SiteFixture.page(out, "zh/letters/2021/reply-12/index.html").selectFirst("section.attachments a");
        assertEquals("scan.pdf", zhLink.attr("href"));
        assertTrue(zhLink.parent().text().contains("(" + scan.length + "字节)"), zhLink.parent().text());
        Element enItem = SiteFixture.page(out, "en/letters/2021/reply-12/index.html").selectFirst("section.attachments li");
        assertEquals("../../../../zh/letters/2021/reply-12/scan.pdf", enItem.selectFirst("a").attr("href"));
        assertTrue(enItem.text().contains(scan.length + " bytes") && enItem.text().contains("Chinese original"), enItem.text());
    }

    @Test
    void aLetterWithoutEnglishTranslationLinksTheChineseOne() throws IOException {
        SiteFixture.Run run = build();
        assertEquals(0, run.exitCode());
        assertTrue(run.err().contains("content/zh/letters/2021/reply-30.adoc: warning: [i18n.missing-counterpart]"), run.err());
        Document en = SiteFixture.page(out, "en/letters/2021/reply-30/index.html");
        assertEquals("zh-CN", en.selectFirst("main a[hreflang]").attr("hreflang"));
    }

    private void assertFails(String expected) {
        SiteFixture.Run run = build();
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), "expected\n" + expected + "\nin\n" + run.err());
        assertTrue(!Files.exists(out), "nothing published");
    }

    @Test
    void anUndeclaredAttachmentFails() throws IOException {
        Files.writeString(fixture.root().resolve("content/zh/letters/2021/reply-12/draft-notes.pdf"), "%PDF-1.4\n");
        assertFails("content/zh/letters/2021/reply-12/draft-notes.pdf: error: [letter.attachment-undeclared]");
    }

    @Test
    void aMissingAttachmentFails() throws IOException {
        fixture.edit("content/zh/letters/2021/reply-12.adoc", "attachments=scan.pdf", "attachments=scan.pdf;annex.pdf");
        assertFails("content/zh/letters/2021/reply-12.adoc: error: [letter.attachment-missing] attachment 'annex.pdf' is not in content/zh/letters/2021/reply-12/");
    }

    @Test
    void anAttachmentNameThatIsNotAPlainFileNameFails() throws IOException {
        fixture.edit("content/zh/letters/2021/reply-12.adoc", "attachments=scan.pdf", "attachments=Scan.exe");
        assertFails("[meta.bad-value] attachment 'Scan.exe' must be a lower-case file name");
    }

    @Test
    void aMissingFieldNamesTheFileAndTheField() throws IOException {
        fixture.edit("content/en/letters/2019/cppcc-88.adoc", "deputy=Wang Wu\n", "");
        assertFails("content/en/letters/2019/cppcc-88.adoc");
        assertTrue(build().err().contains("[meta.missing-field] header needs a value for 'deputy'"));
    }

    @Test
    void twoLettersWithOneDocumentNumberFail() throws IOException {
        fixture.edit("content/zh/letters/2021/reply-30.adoc", "渝市监函〔2021〕30号", "渝市监函〔2021〕12号");
        assertFails("[letter.duplicate-number] document number 渝市监函〔2021〕12号 is also used by");
    }
}
