package org.ipwp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class PageHeaderParserTest {

    private static final String PATH = "content/zh/whitepaper/01-overview.adoc";

    private static final String CHAPTER = """
            title=总体情况
            type=chapter
            status=published
            date=2020-03-31
            description=总体情况和主要指标。
            order=1
            ~~~~~~
            [#strategy]
            == 战略实施
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private PageHeader parse(String text) {
        return new PageHeaderParser(diagnostics).parse(text.lines().toList(), PATH);
    }

    private List<String> rendered() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void validChapterHeaderParses() {
        PageHeader header = parse(CHAPTER);

        assertEquals(List.of(), rendered());
        assertEquals(PageType.CHAPTER, header.type());
        assertEquals("总体情况", header.title());
        assertEquals(LocalDate.of(2020, 3, 31), header.date());
        assertEquals("总体情况和主要指标。", header.description());
        assertFalse(header.draft());
    }

    @Test
    void chapterOrderIsAnExtraKey() {
        assertEquals(Map.of("order", "1"), parse(CHAPTER).extraView());
    }

    @Test
    void bodyLineIsTheLineAfterTheSeparator() {
        assertEquals(8, parse(CHAPTER).bodyLine());
    }

    @Test
    void blankLinesInHeaderShiftTheBodyLine() {
        assertEquals(9, parse("\n" + CHAPTER).bodyLine());
    }

    @Test
    void draftStatusMakesADraft() {
        assertTrue(parse(CHAPTER.replace("status=published", "status=draft")).draft());
    }

    @Test
    void valuesAreTrimmed() {
        assertEquals("总体情况", parse(CHAPTER.replace("title=总体情况", "title =  总体情况  ")).title());
    }

    @Test
    void byteOrderMarkBeforeFirstKeyIsIgnored() {
        assertEquals("总体情况", parse("\uFEFF" + CHAPTER).title());
    }

    @Test
    void unknownExtraKeyThrowsOnAccess() {
        PageHeader header = parse(CHAPTER);

        assertThrows(IllegalArgumentException.class, () -> header.extra("docNumber"));
    }

    @Test
    void missingSeparatorIsAMissingHeader() {
        assertNull(parse(CHAPTER.replace("~~~~~~\n", "")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:1: error: [meta.missing-header] no header: start the file"
                + " with title=, type=, status=, date= lines and a line '~~~~~~'"), rendered());
    }

    @Test
    void missingTypeIsReportedAtTheFirstLine() {
        assertNull(parse(CHAPTER.replace("type=chapter\n", "")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:1: error: [meta.missing-field] header has no 'type';"
                + " use one of home, page, contents, chapter, letter"), rendered());
    }

    @Test
    void unknownTypeIsReportedAtItsLine() {
        assertNull(parse(CHAPTER.replace("type=chapter", "type=post")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:2: error: [meta.bad-value] unknown type 'post';"
                + " use one of home, page, contents, chapter, letter"), rendered());
    }

    @Test
    void misspeltKeyIsAnUnknownKeyAtItsLine() {
        assertNull(parse(CHAPTER.replace("status=published", "stauts=published")));
        assertTrue(rendered().contains("content/zh/whitepaper/01-overview.adoc:3: error: [meta.unknown-key] unknown header key"
                + " 'stauts' for a chapter; allowed keys: date, description, order, status, title, type"), rendered()::toString);
    }

    @Test
    void misspeltKeyAlsoLeavesTheRealKeyMissing() {
        parse(CHAPTER.replace("status=published", "stauts=published"));

        assertTrue(rendered().contains("content/zh/whitepaper/01-overview.adoc:1: error: [meta.missing-field] header needs a"
                + " value for 'status'"), rendered()::toString);
    }

    @Test
    void letterKeyInChapterIsUnknown() {
        assertNull(parse(CHAPTER.replace("order=1", "order=1\ndeputy=杨勇")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:7: error: [meta.unknown-key] unknown header key"
                + " 'deputy' for a chapter; allowed keys: date, description, order, status, title, type"), rendered());
    }

    @Test
    void impossibleDateIsABadDateAtItsLine() {
        assertNull(parse(CHAPTER.replace("date=2020-03-31", "date=2024-13-40")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:4: error: [meta.bad-date] date '2024-13-40' is not a date"
                + " in the form YYYY-MM-DD, e.g. 2020-03-31"), rendered());
    }

    @Test
    void februaryThirtiethIsABadDate() {
        assertNull(parse(CHAPTER.replace("date=2020-03-31", "date=2020-02-30")));
    }

    @Test
    void slashDateIsABadDate() {
        parse(CHAPTER.replace("date=2020-03-31", "date=2020/03/31"));

        assertTrue(rendered().get(0).startsWith("content/zh/whitepaper/01-overview.adoc:4: error: [meta.bad-date] "),
                rendered()::toString);
    }

    @Test
    void unknownStatusIsABadValueAtItsLine() {
        assertNull(parse(CHAPTER.replace("status=published", "status=publish")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:3: error: [meta.bad-value] status must be 'published'"
                + " or 'draft', got 'publish'"), rendered());
    }

    @Test
    void chapterWithoutOrderIsMissingAField() {
        assertNull(parse(CHAPTER.replace("order=1\n", "")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:1: error: [meta.missing-field] header needs a value"
                + " for 'order'"), rendered());
    }

    @Test
    void emptyValueIsMissingAtItsLine() {
        assertNull(parse(CHAPTER.replace("description=总体情况和主要指标。", "description=")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:5: error: [meta.missing-field] header needs a value"
                + " for 'description'"), rendered());
    }

    @Test
    void chapterOrderZeroIsABadValue() {
        assertNull(parse(CHAPTER.replace("order=1", "order=0")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:6: error: [meta.bad-value] order must be a chapter"
                + " number from 1 to 999, got '0'"), rendered());
    }

    @Test
    void duplicateKeyNamesTheFirstLine() {
        assertNull(parse(CHAPTER.replace("order=1", "order=1\ntitle=again")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:7: error: [meta.duplicate-key] 'title' is already set"
                + " on line 1"), rendered());
    }

    @Test
    void lineWithoutEqualsSignIsASyntaxError() {
        assertNull(parse(CHAPTER.replace("order=1", "order=1\njust text")));
        assertEquals(List.of("content/zh/whitepaper/01-overview.adoc:7: error: [meta.syntax] header lines are 'key=value';"
                + " got 'just text'"), rendered());
    }

    @Test
    void pageTypeNeedsNoOrder() {
        PageHeader header = parse(CHAPTER.replace("type=chapter", "type=page").replace("order=1\n", ""));

        assertEquals(PageType.PAGE, header.type());
        assertEquals(7, header.bodyLine());
    }
}
