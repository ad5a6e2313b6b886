package org.ipwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipwp.site.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ipwp new letter} end to end: scaffold into a copy of the real site, then build it. */
class NewLetterCommandTest {

    private static final String NUMBER = "渝市监函〔2021〕12号";
    private static final String ZH = "content/zh/letters/2021/letter-12.adoc";
    private static final String EN = "content/en/letters/2021/letter-12.adoc";

    @TempDir
    Path temp;

    private SiteFixture fixture;

    @BeforeEach
    void copySite() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
    }

    private SiteFixture.Run newLetter(String... options) {
        List<String> args = new ArrayList<>(List.of("new", "letter"));
        args.addAll(List.of(options));
        args.addAll(List.of("--source", fixture.root().toString()));
        return SiteFixture.run(args.toArray(String[]::new));
    }

    private String read(String file) throws IOException {
        return Files.readString(fixture.root().resolve(file), StandardCharsets.UTF_8);
    }

    private boolean exists(String file) {
        return Files.exists(fixture.root().resolve(file));
    }

    @Test
    void theScaffoldBuildsWithDraftsInBothLanguagesShowingTheNumber() throws IOException {
        SiteFixture.Run created = newLetter("--number", NUMBER, "--date", "2021-04-20", "--deputy", "张三", "--proposal", "0123");
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.out().contains("created " + fixture.root().resolve(ZH)), created.out());
        assertTrue(created.out().contains("created " + fixture.root().resolve(EN)), created.out());
        assertTrue(created.out().contains("status=published") && created.out().contains("--drafts"), "next steps:\n" + created.out());
        assertTrue(read(ZH).contains("translation=original\n"));
        assertTrue(read(EN).contains("translation=unofficial\n"));

        Path out = temp.resolve("out");
        SiteFixture.Run build = fixture.build("--out", out.toString(), "--drafts");
        assertEquals(0, build.exitCode(), build.err());
        assertFalse(build.err().contains("letter-12"), "no diagnostics for the scaffold:\n" + build.err());
        for (String language : List.of("zh", "en")) {
            Document page = SiteFixture.page(out, language + "/letters/2021/letter-12/index.html");
            assertEquals(NUMBER, page.selectFirst("p.doc-number").text(), language);
            assertTrue(page.selectFirst(".draft-banner") != null, language + " is marked as a draft");
            assertEquals(List.of("part-1", "part-2"), page.select(".letter-body h2[id^=part-]").eachAttr("id"), language);
            assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), page.select(".letter-body div.paragraph").eachAttr("id"), language);
            assertTrue(page.selectFirst(".letter-body").text().contains("TODO"), "the placeholders show in the preview");
        }
        Document zh = SiteFixture.page(out, "zh/letters/2021/letter-12/index.html");
        assertEquals("张三代表：", zh.selectFirst("#p1").text());
    }

    @Test
    void withoutDraftsTheBuildWarnsAndDoesNotPublishTheLetter() throws IOException {
        assertEquals(0, newLetter("--number", NUMBER, "--date", "2021-04-20").exitCode());
        Path out = temp.resolve("out");
        SiteFixture.Run build = fixture.build("--out", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        for (String file : List.of(ZH, EN)) {
            assertTrue(build.err().lines().anyMatch(l -> l.startsWith(file + ": warning: [meta.draft]")), build.err());
        }
        assertFalse(Files.exists(out.resolve("zh/letters/2021")));
        assertFalse(Files.exists(out.resolve("en/letters/2021")));
        assertFalse(Files.readString(out.resolve("zh/letters/index.html")).contains(NUMBER));
        SiteFixture.Run strict = fixture.build("--out", temp.resolve("strict").toString(), "--strict");
        assertEquals(1, strict.exitCode(), "a forgotten draft fails CI");
    }

    @Test
    void publishingWithPlaceholdersFailsAndPublishingAFilledLetterSucceeds() throws IOException {
        assertEquals(0, newLetter("--number", NUMBER, "--date", "2021-04-20").exitCode());
        fixture.edit(ZH, "status=draft", "status=published");
        fixture.edit(EN, "status=draft", "status=published");
        Path out = temp.resolve("out");
        SiteFixture.Run unfilled = fixture.build("--out", out.toString());
        assertEquals(1, unfilled.exitCode(), unfilled.err());
        assertTrue(unfilled.err().lines().anyMatch(l -> l.startsWith(ZH + ":1: error: [letter.placeholder]")), unfilled.err());
        assertTrue(unfilled.err().lines().anyMatch(l -> l.startsWith(EN + ":1: error: [letter.placeholder]")), unfilled.err());
        int proposalLine = read(ZH).lines().toList().indexOf("proposalNumber=0000") + 1;
        assertTrue(unfilled.err().contains(ZH + ":" + proposalLine + ": error: [letter.placeholder] proposalNumber=0000"), unfilled.err());
        assertFalse(Files.exists(out), "nothing published");

        // Filling in every placeholder (the // comments may stay) is all a publishable letter needs.
        for (Map.Entry<String, String> file : Map.of(ZH, "某", EN, "filled in").entrySet()) {
            String text = read(file.getKey()).replaceAll("【TODO：[^】]*】", file.getValue())
                    .replaceAll("\\[TODO: [^\\]]*\\]", file.getValue()).replace("proposalNumber=0000", "proposalNumber=0012");
            Files.writeString(fixture.root().resolve(file.getKey()), text, StandardCharsets.UTF_8);
        }
        SiteFixture.Run filled = fixture.build("--out", out.toString(), "--strict");
        assertEquals(0, filled.exitCode(), filled.err());
        assertEquals(NUMBER, SiteFixture.page(out, "en/letters/2021/letter-12/index.html").selectFirst("p.doc-number").text());
    }

    @Test
    void anExistingFileIsNotOverwritten() throws IOException {
        assertEquals(0, newLetter("--number", NUMBER, "--date", "2021-04-20").exitCode());
        fixture.edit(ZH, "status=draft", "status=draft\n");
        String zhBefore = read(ZH);
        SiteFixture.Run again = newLetter("--number", "渝市监函〔2021〕13号", "--date", "2021-05-06", "--name", "letter-12");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains(ZH + " already exists"), again.err());
        assertEquals(zhBefore, read(ZH));
    }

    @Test
    void anExistingTranslationAloneAlsoStopsBothFiles() throws IOException {
        Files.createDirectories(fixture.root().resolve(EN).getParent());
        Files.writeString(fixture.root().resolve(EN), "work in progress\n", StandardCharsets.UTF_8);
        SiteFixture.Run run = newLetter("--number", NUMBER, "--date", "2021-04-20");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(EN + " already exists"), run.err());
        assertFalse(exists(ZH), "no half pair");
        assertEquals("work in progress\n", read(EN));
    }

    @Test
    void aDocumentNumberAlreadyInUseIsRefused() {
        SiteFixture.Run run = newLetter("--number", "渝市监函〔2020〕155号", "--date", "2020-05-06", "--name", "another");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("document number 渝市监函〔2020〕155号 is already used by content/"), run.err());
        assertTrue(run.err().contains("letters/2020/yushijianhan-155.adoc"), run.err());
        assertFalse(exists("content/zh/letters/2020/another.adoc"));
        assertFalse(exists("content/en/letters/2020/another.adoc"));
    }

    @Test
    void aBadNumberIsAUsageError() {
        assertUsageError(newLetter("--number", "渝市监函2021年12号", "--date", "2021-04-20"),
                "ipwp new letter: --number '渝市监函2021年12号' is not a document number like 渝市监函〔2020〕155号");
        assertUsageError(newLetter("--number", "渝市监函〔2021〕012号", "--date", "2021-04-20"), "pads the serial with zeros");
    }

    @Test
    void aNumberFromAnotherYearThanTheDateIsAUsageError() {
        assertUsageError(newLetter("--number", NUMBER, "--date", "2020-12-30"),
                "ipwp new letter: the document number 渝市监函〔2021〕12号 is of 2021 but the date 2020-12-30 is in 2020");
        assertFalse(exists("content/zh/letters/2020/letter-12.adoc"));
    }

    @Test
    void aBadDateIsAUsageError() {
        assertUsageError(newLetter("--number", NUMBER, "--date", "2021-02-30"),
                "ipwp new letter: --date '2021-02-30' is not a date in the form YYYY-MM-DD");
        assertUsageError(newLetter("--number", NUMBER, "--date", "20.4.2021"), "--date '20.4.2021' is not a date");
    }

    @Test
    void aBadNameIsAUsageError() {
        for (String name : List.of("Letter_12", "渝市监函-12", "letter 12", "../letter-12")) {
            assertUsageError(newLetter("--number", NUMBER, "--date", "2021-04-20", "--name", name),
                    "ipwp new letter: name '" + name + "' may only use lower-case letters");
        }
    }

    @Test
    void otherUsageErrors() {
        assertUsageError(newLetter("--date", "2021-04-20"), "--number is required");
        assertUsageError(newLetter("--number", NUMBER), "--date is required");
        assertUsageError(newLetter("--number", NUMBER, "--date", "2021-04-20", "--kind", "petition"), "--kind must be npc-suggestion");
        assertUsageError(newLetter("--number", NUMBER, "--date", "2021-04-20", "--proposal", "58a"), "proposal number '58a' must be 1 to 4 digits");
        assertUsageError(newLetter("--number", NUMBER, "--date", "2021-04-20", "--number", NUMBER), "--number is given twice");
        assertUsageError(newLetter("--number", NUMBER, "--date", "2021-04-20", "--drafts"), "unknown option '--drafts'");
        assertUsageError(newLetter("--number", "--date", "2021-04-20"), "--number needs a value");
        SiteFixture.Run noSite = SiteFixture.run("new", "letter", "--number", NUMBER, "--date", "2021-04-20",
                "--source", temp.toString());
        assertUsageError(noSite, "is not a site folder (no jbake.properties)");
        SiteFixture.Run noSubject = SiteFixture.run("new");
        assertEquals(2, noSubject.exitCode());
        assertTrue(noSubject.err().startsWith("ipwp new: say what to create"), noSubject.err());
        SiteFixture.Run chapter = SiteFixture.run("new", "chapter");
        assertEquals(2, chapter.exitCode());
        assertTrue(chapter.err().startsWith("ipwp new: cannot create 'chapter'"), chapter.err());
    }

    @Test
    void theUsageDocumentsTheCommand() {
        SiteFixture.Run help = SiteFixture.run("--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("new letter", "--number", "--date", "--name", "--kind", "--proposal", "--deputy",
                "--session", "--title")) {
            assertTrue(help.out().contains(option), option);
        }
    }

    /** Exit 2, the message on the first line, then the usage; and no letter written for 2021. */
    private void assertUsageError(SiteFixture.Run run, String message) {
        assertEquals(2, run.exitCode(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.contains(message), "expected\n" + message + "\nin\n" + first);
        assertTrue(run.err().contains("usage: java -jar target/ipwp.jar"), run.err());
        assertEquals("", run.out());
        assertFalse(exists(ZH));
        assertFalse(exists(EN));
    }
}
