package org.ipwp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits that only change page bodies are applied incrementally, and the served folder is then
 * byte for byte what a full build of the same sources writes; every other change takes the full
 * build; a broken edit on the incremental path shows the error page and leaves the served files
 * as they were.
 */
class PreviewIncrementalTest {

    private static final String FIGURE = "figure:management-system[innovation-indicators]";

    @TempDir
    Path temp;

    private PreviewHarness preview;

    @BeforeEach
    void start() throws IOException {
        preview = new PreviewHarness(temp, false);
        assertEquals(BuildStatus.Kind.FULL, preview.session.status().kind(), "the first build is full");
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    /** Edits {@code file} and returns the status of the build that follows. */
    private BuildStatus edit(String file, String from, String to) throws IOException, InterruptedException {
        long before = preview.session.status().generation();
        preview.fixture.edit(file, from, to);
        return preview.awaitBuildAfter(before);
    }

    /** Asserts that the served folder holds exactly what a cold full build of the same sources writes. */
    private void assertServedEqualsAFullBuild() throws IOException {
        Path full = temp.resolve("full-" + System.nanoTime());
        SiteFixture.Run run = preview.fixture.build("--out", full.toString(), "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> expected = SiteFixture.hashes(full);
        Map<String, String> served = SiteFixture.hashes(preview.output);
        assertEquals(expected.keySet(), served.keySet());
        expected.forEach((file, hash) -> assertEquals(hash, served.get(file), file + " differs from a full build"));
    }

    @Test
    void bodyEditsAreIncrementalAndTheServedFolderEqualsAFullBuild() throws Exception {
        // Text and a figure: macro (now linking to its dataset row) in a Chinese chapter.
        String text = "增量预览测试句。";
        long generation = preview.session.status().generation();
        Path chapterFile = preview.fixture.root().resolve(PreviewHarness.CHAPTER);
        Files.writeString(chapterFile, Files.readString(chapterFile, StandardCharsets.UTF_8)
                .replace(PreviewHarness.SENTENCE, text).replace(FIGURE, FIGURE.replace("]", ", link]")), StandardCharsets.UTF_8);
        BuildStatus chapter = preview.awaitBuildAfter(generation);
        assertTrue(chapter.ok(), chapter.problems().toString());
        assertEquals(BuildStatus.Kind.INCREMENTAL, chapter.kind(), preview.terminal());
        assertEquals(2, chapter.pagesRendered(), "the chapter and the single-page white paper");
        assertTrue(preview.terminal().contains("rebuilt 2 pages (incremental) in "), preview.terminal());
        HttpResponse<String> page = preview.get(PreviewHarness.CHAPTER_URL);
        assertTrue(page.body().contains(text), page.body());
        assertTrue(page.body().contains("/data/management-system/#row-innovation-indicators\""), page.body());
        assertTrue(preview.get("/zh/whitepaper/all/").body().contains(text));
        assertServedEqualsAFullBuild();

        // A letter paragraph (same paragraphs, so the same anchors) and an English chapter.
        BuildStatus letter = edit("content/zh/letters/2020/yushijianhan-155.adoc", "近年来，重庆市深入实施知识产权战略",
                "近年来，重庆市持续深入实施知识产权战略");
        assertEquals(BuildStatus.Kind.INCREMENTAL, letter.kind(), preview.terminal());
        assertEquals(1, letter.pagesRendered());
        BuildStatus english = edit("content/en/whitepaper/01-overview.adoc", "In recent years, Chongqing", "Lately, Chongqing");
        assertEquals(BuildStatus.Kind.INCREMENTAL, english.kind(), preview.terminal());
        assertTrue(preview.get("/en/whitepaper/01-overview/").body().contains("Lately, Chongqing"));
        assertServedEqualsAFullBuild();
    }

    @Test
    void aBurstOfSavesIsOneIncrementalRebuild() throws Exception {
        long before = preview.session.status().generation();
        preview.fixture.edit(PreviewHarness.CHAPTER, PreviewHarness.SENTENCE, "同一批保存之一。");
        preview.fixture.edit("content/zh/whitepaper/05-protection.adoc", "==", "==");
        preview.fixture.append("content/zh/whitepaper/05-protection.adoc", "\n同一批保存之二。\n");
        BuildStatus status = preview.awaitBuildAfter(before);
        assertEquals(BuildStatus.Kind.INCREMENTAL, status.kind(), preview.terminal());
        assertEquals(before + 1, status.generation(), "one rebuild for the burst");
        assertEquals(3, status.pagesRendered(), "two chapters and the single-page white paper");
        assertServedEqualsAFullBuild();
    }

    @Test
    void aPageIncludingTheEditedFileIsRenderedAgainToo() throws Exception {
        preview.close();
        preview = new PreviewHarness(temp.resolve("with-include"), false, fixture -> fixture.edit("content/en/about.adoc",
                "Market Regulation.\n", "Market Regulation.\n\ninclude::en/whitepaper/07-next-steps.adoc[lines=11]\n"));
        assertTrue(preview.get("/en/about/").body().contains("Next, the Chongqing"), "the include works");
        BuildStatus status = edit("content/en/whitepaper/07-next-steps.adoc", "Next, the Chongqing", "Next, Chongqing");
        assertEquals(BuildStatus.Kind.INCREMENTAL, status.kind(), preview.terminal());
        assertEquals(3, status.pagesRendered(), "the chapter, the single-page view and the page including it");
        assertTrue(preview.get("/en/about/").body().contains("Next, Chongqing"));
        assertServedEqualsAFullBuild();
    }

    @Test
    void titleTemplateDataAndSectionChangesTakeTheFullBuild() throws Exception {
        BuildStatus title = edit(PreviewHarness.CHAPTER, "title=管理体系", "title=管理体系建设");
        assertEquals(BuildStatus.Kind.FULL, title.kind(), preview.terminal());
        assertTrue(preview.terminal().contains("full rebuild: " + PreviewHarness.CHAPTER + " changed its header data"), preview.terminal());

        BuildStatus sections = edit(PreviewHarness.CHAPTER, PreviewHarness.SENTENCE, PreviewHarness.SENTENCE + "\n\n[#extra-section]\n== 新增一节\n\n新增一节的正文。\n");
        assertEquals(BuildStatus.Kind.FULL, sections.kind(), preview.terminal());
        assertTrue(preview.terminal().contains("full rebuild: " + PreviewHarness.CHAPTER + " changed its sections"), preview.terminal());
        // The section is only in Chinese now: a full build fails (section ids differ), and the fix is full again.
        assertFalse(sections.ok());
        BuildStatus fixed = edit(PreviewHarness.CHAPTER, "\n\n[#extra-section]\n== 新增一节\n\n新增一节的正文。\n", "");
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertEquals(BuildStatus.Kind.FULL, fixed.kind());

        BuildStatus template = edit("templates/chapter.html", "<div class=\"body\"", "<div data-edited=\"1\" class=\"body\"");
        assertEquals(BuildStatus.Kind.FULL, template.kind(), preview.terminal());
        assertTrue(preview.terminal().contains("full rebuild: templates/chapter.html changed"), preview.terminal());
        assertTrue(preview.get(PreviewHarness.CHAPTER_URL).body().contains("data-edited=\"1\""));

        BuildStatus data = edit("data/management-system/datapackage.json", "知识产权管理体系指标", "知识产权管理体系指标（修订）");
        assertEquals(BuildStatus.Kind.FULL, data.kind(), preview.terminal());
        assertTrue(preview.terminal().contains("full rebuild: data/management-system/datapackage.json changed"), preview.terminal());
        assertTrue(preview.get("/zh/data/management-system/").body().contains("知识产权管理体系指标（修订）"));

        // And body edits after full builds are incremental again, on the new state.
        BuildStatus body = edit(PreviewHarness.CHAPTER, PreviewHarness.SENTENCE, "全量之后的增量。");
        assertEquals(BuildStatus.Kind.INCREMENTAL, body.kind(), preview.terminal());
        assertServedEqualsAFullBuild();
    }

    @Test
    void addedDeletedAndUnpublishedPagesTakeTheFullBuild() throws Exception {
        long before = preview.session.status().generation();
        Path added = preview.fixture.root().resolve("content/zh/extra.adoc");
        Files.writeString(added, "title=附加页\ntype=page\nstatus=published\ndate=2020-03-31\ndescription=附加页面。\n~~~~~~\n附加页面的正文。\n",
                StandardCharsets.UTF_8);
        BuildStatus add = preview.awaitBuildAfter(before);
        assertEquals(BuildStatus.Kind.FULL, add.kind(), preview.terminal());
        assertTrue(preview.terminal().contains("full rebuild: content/zh/extra.adoc is new, or not a page"), preview.terminal());
        assertEquals(200, preview.get("/zh/extra/").statusCode());

        BuildStatus draft = edit("content/zh/extra.adoc", "status=published", "status=draft");
        assertEquals(BuildStatus.Kind.FULL, draft.kind(), preview.terminal());
        assertTrue(preview.terminal().contains("full rebuild: content/zh/extra.adoc no longer publishes a page"), preview.terminal());
        assertEquals(404, preview.get("/zh/extra/").statusCode());

        before = preview.session.status().generation();
        Files.delete(added);
        BuildStatus delete = preview.awaitBuildAfter(before);
        assertEquals(BuildStatus.Kind.FULL, delete.kind(), preview.terminal());
        assertTrue(preview.terminal().contains("full rebuild: content/zh/extra.adoc was deleted"), preview.terminal());
        assertServedEqualsAFullBuild();
    }

    @Test
    void aBrokenIncrementalEditShowsTheErrorPageAndKeepsTheServedFilesUntilFixed() throws Exception {
        Map<String, String> good = SiteFixture.hashes(preview.output);

        // A conversion error: the figure names a row that does not exist.
        BuildStatus unknownRow = edit(PreviewHarness.CHAPTER, FIGURE, "figure:management-system[no-such-row]");
        assertFalse(unknownRow.ok());
        assertEquals(BuildStatus.Kind.INCREMENTAL, unknownRow.kind());
        HttpResponse<String> errorPage = preview.get(PreviewHarness.CHAPTER_URL);
        assertEquals(500, errorPage.statusCode());
        assertTrue(errorPage.body().contains(PreviewHarness.CHAPTER + ":16:"), errorPage.body());
        assertTrue(errorPage.body().contains("[adoc.figure-unknown]"), errorPage.body());
        assertEquals(good, SiteFixture.hashes(preview.output), "nothing written");

        // A broken link, found only when the re-rendered page is checked: still nothing written.
        BuildStatus brokenLink = edit(PreviewHarness.CHAPTER, "figure:management-system[no-such-row]", FIGURE + " link:../no-such-chapter/[断链]");
        assertFalse(brokenLink.ok());
        assertEquals(BuildStatus.Kind.INCREMENTAL, brokenLink.kind());
        assertTrue(brokenLink.problems().stream().anyMatch(p -> p.code().equals("link.broken")), brokenLink.problems().toString());
        assertTrue(preview.get("/en/").body().contains("link.broken"), "every page shows the error");
        assertEquals(good, SiteFixture.hashes(preview.output), "nothing written");

        BuildStatus fixed = edit(PreviewHarness.CHAPTER, " link:../no-such-chapter/[断链]", "");
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertEquals(BuildStatus.Kind.INCREMENTAL, fixed.kind());
        assertEquals(200, preview.get(PreviewHarness.CHAPTER_URL).statusCode());
        assertEquals(good, SiteFixture.hashes(preview.output), "back to the same sources, back to the same site");

        // A broken edit, then an edit of another page: both are applied together once the first is fixed.
        edit(PreviewHarness.CHAPTER, FIGURE, "figure:management-system[no-such-row]");
        BuildStatus other = edit("content/en/whitepaper/01-overview.adoc", "In recent years, Chongqing", "Lately, Chongqing");
        assertFalse(other.ok(), "the first file is still broken");
        BuildStatus both = edit(PreviewHarness.CHAPTER, "figure:management-system[no-such-row]", FIGURE.replace("]", ", link]"));
        assertTrue(both.ok(), both.problems().toString());
        assertEquals(BuildStatus.Kind.INCREMENTAL, both.kind());
        assertEquals(4, both.pagesRendered(), "both chapters and both single-page views");
        assertServedEqualsAFullBuild();
    }
}
