package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cached rebuild across processes ({@link BuildRecord}, {@link RecordedRebuild}), driven as
 * an editor or CI drives it: {@code build --cache DIR} twice into the same {@code --out} with an
 * edit in between. Every patched output is compared byte for byte with a cold {@code --no-cache}
 * build of the same sources; every change a patch cannot take must say why and build in full.
 */
class RecordedRebuildTest {

    private static final String ZH_OVERVIEW = "content/zh/whitepaper/01-overview.adoc";
    private static final String ZH_LETTER = "content/zh/letters/2020/yushijianhan-155.adoc";
    private static final Pattern RENDERED = Pattern.compile("rendered (\\d+) pages again, kept the others from the last build");
    private static final Pattern LINKS = Pattern.compile("checked (\\d+) links");
    private static final Pattern UNREAD = Pattern.compile("(\\d+) content files unchanged since the last build, not read again");

    @TempDir
    Path temp;

    private SiteFixture fixture;
    private Path out;
    private int colds;

    @BeforeEach
    void buildOnce() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        out = temp.resolve("out");
        // The copied files settle, so that the record vouches for them and the next build does not read them again.
        settle();
        SiteFixture.Run first = build();
        assertFalse(first.out().contains("rendered"), "no record yet: nothing to say about rendering\n" + first.out());
    }

    private SiteFixture.Run build() {
        SiteFixture.Run run = fixture.build("--out", out.toString(), "--cache", temp.resolve("cache").toString());
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    /** Builds the current sources cold into a folder of its own and asserts the patched output is the same, byte for byte. */
    private SiteFixture.Run assertSameAsColdBuild(SiteFixture.Run patched) throws IOException {
        Path cold = temp.resolve("cold-" + colds++);
        SiteFixture.Run run = fixture.build("--out", cold.toString(), "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(SiteFixture.hashes(cold), SiteFixture.hashes(out), "the patched output differs from a cold build");
        assertEquals(run.err(), patched.err(), "the same warnings, patched or not");
        assertEquals(links(run), links(patched), "links are counted over the whole site, as a full build counts them");
        return run;
    }

    private static int rendered(SiteFixture.Run run) {
        Matcher m = RENDERED.matcher(run.out());
        assertTrue(m.find(), "expected a patched build:\n" + run.out());
        return Integer.parseInt(m.group(1));
    }

    /** Content files the build took from the record without reading them. */
    private static int unread(SiteFixture.Run run) {
        Matcher m = UNREAD.matcher(run.out());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private int contentFiles() throws IOException {
        try (Stream<Path> files = Files.walk(fixture.root().resolve("content"))) {
            return (int) files.filter(f -> f.toString().endsWith(".adoc")).count();
        }
    }

    /** Waits until files written so far are older than {@link FileStamp}'s clock margin. */
    private static void settle() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int links(SiteFixture.Run run) {
        Matcher m = LINKS.matcher(run.out());
        assertTrue(m.find(), run.out());
        return Integer.parseInt(m.group(1));
    }

    /** Builds, and asserts a full build for {@code reason} that publishes what a cold build does and leaves no staging folder. */
    private void assertBuildsInFull(String reason) throws IOException {
        SiteFixture.Run run = build();
        assertFullBuild(run, reason);
        assertSameAsColdBuild(run);
        assertEquals(List.of(), leftovers(), "no staging folder (of hard links, or patched) is left");
    }

    private static void assertFullBuild(SiteFixture.Run run, String reason) {
        assertTrue(run.out().contains("rendered every page: "), run.out());
        assertTrue(run.out().contains(reason), "expected the reason '" + reason + "':\n" + run.out());
    }

    private Object inode(String page) throws IOException {
        return Files.getAttribute(out.resolve(page), "unix:ino");
    }

    @Test
    void aChangedChapterIsRenderedAgainWithTheSinglePageWhitePaperAndNothingElse() throws IOException {
        Object aboutBefore = inode("en/about/index.html");
        Object chapterBefore = inode("zh/whitepaper/01-overview/index.html");
        fixture.append(ZH_OVERVIEW, "\n本章新增一段说明，供检索使用：缓存重建。\n");

        SiteFixture.Run patched = build();

        assertEquals(2, rendered(patched), "the chapter and zh/whitepaper/all");
        assertEquals(contentFiles() - 1, unread(patched), "only the edited file is read:\n" + patched.out());
        assertSameAsColdBuild(patched);
        assertEquals(aboutBefore, inode("en/about/index.html"), "an unchanged page is the published file itself (a hard link)");
        assertNotEquals(chapterBefore, inode("zh/whitepaper/01-overview/index.html"), "the changed page is a new file");
        String search = Files.readString(out.resolve("zh/search/manifest.json"), StandardCharsets.UTF_8);
        assertTrue(search.contains("\"docs\""), search);
    }

    @Test
    void anEditThatKeepsTheSizeAndTheModificationTimeIsStillRead() throws IOException {
        Path chapter = fixture.root().resolve(ZH_OVERVIEW);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(chapter);
        long size = Files.size(chapter);
        fixture.edit(ZH_OVERVIEW, "有力支撑", "坚实支撑");
        Files.setLastModifiedTime(chapter, modified);
        assertEquals(size, Files.size(chapter));
        settle();

        SiteFixture.Run patched = build();

        assertEquals(2, rendered(patched), patched.out());
        assertEquals(contentFiles() - 1, unread(patched), "the file's status-change time moved: it is read");
        assertTrue(Files.readString(out.resolve("zh/whitepaper/01-overview/index.html"), StandardCharsets.UTF_8).contains("坚实支撑"));
        assertSameAsColdBuild(patched);
    }

    @Test
    void aCacheThatLostTheBodiesReadsTheFilesAgain() throws IOException {
        try (Stream<Path> entries = Files.list(temp.resolve("cache"))) {
            for (Path folder : entries.filter(p -> !p.getFileName().toString().equals("builds")).toList()) {
                OutputPublisher.deleteTree(folder);
            }
        }
        fixture.append(ZH_OVERVIEW, "\n缓存被清理之后的一段。\n");

        SiteFixture.Run patched = build();

        assertEquals(2, rendered(patched), "the record still holds: only the pages are patched");
        assertEquals(0, unread(patched), "without the bodies every file is read and converted");
        assertTrue(patched.out().contains("(0 from cache)"), patched.out());
        assertSameAsColdBuild(patched);
    }

    @Test
    void aLetterParagraphEditIsPatched() throws IOException {
        fixture.edit(ZH_LETTER, "非常感谢您对全市知识产权工作的关注和建议", "非常感谢您对全市知识产权工作的关注、支持和建议");

        SiteFixture.Run patched = build();

        assertEquals(1, rendered(patched), patched.out());
        assertSameAsColdBuild(patched);
    }

    @Test
    void successivePatchesStayIdenticalToColdBuilds() throws IOException {
        fixture.append(ZH_OVERVIEW, "\n第一次修改。\n");
        assertSameAsColdBuild(build());
        fixture.append("content/en/whitepaper/02-management.adoc", "\nA second edit, in English.\n");
        SiteFixture.Run second = build();
        assertEquals(2, rendered(second));
        assertSameAsColdBuild(second);
        // A chapter after the one the first patch lengthened: its body moved in zh/whitepaper/all.
        fixture.append("content/zh/whitepaper/02-management.adoc", "\n第三次修改，在第一次修改之后的一章。\n");
        SiteFixture.Run third = build();
        assertEquals(2, rendered(third));
        assertSameAsColdBuild(third);
        SiteFixture.Run unchanged = build();
        assertEquals(0, rendered(unchanged), "nothing changed: every file is kept");
        assertSameAsColdBuild(unchanged);
    }

    @Test
    void whatOtherPagesReadOfAPageNeedsAFullBuild() throws IOException {
        fixture.edit(ZH_OVERVIEW, "title=总体情况", "title=总体情况概述");
        SiteFixture.Run titled = build();
        assertFullBuild(titled, ZH_OVERVIEW + " changed what other pages read of it");
        assertSameAsColdBuild(titled);

        fixture.edit(ZH_OVERVIEW, "== 主要进展", "== 工作进展");
        SiteFixture.Run sectioned = build();
        assertFullBuild(sectioned, ZH_OVERVIEW + " changed what other pages read of it");
        assertSameAsColdBuild(sectioned);
    }

    @Test
    void templatesDataAndAddedFilesNeedAFullBuild() throws IOException {
        fixture.edit("templates/chapter.html", "<!DOCTYPE html>", "<!DOCTYPE html>\n<!--/* edited */-->");
        assertFullBuild(build(), "templates, data, assets, configuration, attachments, options or ipwp itself changed");

        Files.writeString(fixture.root().resolve("content/zh/notes.adoc"),
                Files.readString(fixture.root().resolve("content/zh/about.adoc"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Files.writeString(fixture.root().resolve("content/en/notes.adoc"),
                Files.readString(fixture.root().resolve("content/en/about.adoc"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        SiteFixture.Run added = build();
        assertFullBuild(added, "a content file was added, removed or renamed");
        assertSameAsColdBuild(added);
    }

    @Test
    void anOutputChangedSinceTheRecordIsBuiltInFull() throws IOException {
        Path page = out.resolve("en/about/index.html");
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8) + "<!-- edited by hand -->", StandardCharsets.UTF_8);
        fixture.append(ZH_OVERVIEW, "\n又一段。\n");

        assertBuildsInFull("the output folder changed since the last build");
    }

    @Test
    void aKeptCacheWithoutTheOutputBuildsInFull() throws IOException {
        OutputPublisher.deleteTree(out);
        fixture.append(ZH_OVERVIEW, "\n持续集成保留了缓存，但没有保留输出。\n");

        assertBuildsInFull("the output folder of the last build is gone");
    }

    @Test
    void aBodyThatLosesAnIdIsBuiltInFull() throws IOException {
        fixture.append(ZH_OVERVIEW, "\n这一段带有脚注。footnote:[脚注内容。]\n");
        build();
        fixture.edit(ZH_OVERVIEW, "footnote:[脚注内容。]", "");

        assertBuildsInFull("zh/whitepaper/01-overview/index.html lost an id that other pages may link to");
    }

    @Test
    void anUnreadableRecordOnlyMeansAFullBuild() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache").resolve("builds"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        fixture.append(ZH_OVERVIEW, "\n再一段。\n");

        SiteFixture.Run run = build();

        assertFalse(run.out().contains("rendered"), "a record that cannot be read is no record\n" + run.out());
        assertSameAsColdBuild(run);
        fixture.append(ZH_OVERVIEW, "\n最后一段。\n");
        assertEquals(2, rendered(build()), "the full build wrote a new record");
    }

    @Test
    void aBrokenEditPublishesNothingAndTheFixIsPatched() throws IOException {
        Map<String, String> before = SiteFixture.hashes(out);
        fixture.append(ZH_OVERVIEW, "\n错误引用：figure:key-indicators[no-such-row]。\n");

        SiteFixture.Run broken = fixture.build("--out", out.toString(), "--cache", temp.resolve("cache").toString());

        assertNotEquals(0, broken.exitCode());
        assertTrue(broken.err().contains(ZH_OVERVIEW + ":"), broken.err());
        assertEquals(before, SiteFixture.hashes(out), "the output is untouched");
        fixture.edit(ZH_OVERVIEW, "\n错误引用：figure:key-indicators[no-such-row]。\n", "\n修正后的一段。\n");
        SiteFixture.Run fixed = build();
        assertEquals(2, rendered(fixed));
        assertSameAsColdBuild(fixed);
        assertEquals(List.of(), leftovers(), "no staging or replaced folder is left beside the output");
    }

    /** Hidden folders beside the output (staging, replaced output). */
    private List<String> leftovers() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(temp)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).forEach(names::add);
        }
        return names;
    }
}
