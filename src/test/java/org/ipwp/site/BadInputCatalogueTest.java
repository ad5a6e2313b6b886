package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per row of the bad-input catalogue ({@code shared/bad-input.md} §2, rows 1–57; the
 * method names carry the row number and a short name: C = CSV structure and encodings,
 * A = AsciiDoc, M = metadata, T = templates, B = bilingual, F = file system). Each test starts from
 * a copy of the real site and of its good output (built once), introduces exactly one defect and
 * asserts the exit code, the diagnostic line with its position and code, and for failures that the
 * previous output is byte-identical and no staging folder is left.
 *
 * <p>A row whose exact assertion already exists elsewhere has a comment naming that test instead of
 * a copy.
 */
class BadInputCatalogueTest {

    private static final String CSV = "data/ip-finance/ip-finance.csv";
    private static final String PACKAGE = "data/ip-finance/datapackage.json";
    private static final String ZH_ABOUT = "content/zh/about.adoc";
    private static final String EN_ABOUT = "content/en/about.adoc";
    private static final String HEADER = "id,label_zh,label_en,value,unit,qualifier,paragraph";
    private static final String ROW_2 = "pledge-financing,知识产权质押融资金额（近三年）,IP pledge financing (past three years),3886000000,yuan,,p5";
    private static final String ROW_3 = "knowledge-value-loans,知识价值信用贷款（近三年）,Knowledge-value credit loans (past three years),4594000000,yuan,,p5";

    /** The good site and its output, built once; each test starts from copies. */
    @TempDir
    static Path shared;

    private static Path goodOutput;

    @TempDir
    Path temp;

    private SiteFixture fixture;
    private Path out;
    private Map<String, String> before;

    @BeforeAll
    static void buildAGoodSiteOnce() throws IOException {
        goodOutput = SiteFixture.buildRepositorySiteOnce(shared);
    }

    @BeforeEach
    void startFromTheGoodSite() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        out = temp.resolve("out");
        SiteFixture.copyTree(goodOutput, out);
        before = SiteFixture.hashes(out);
    }

    // ------------------------------------------------------------------ helpers

    /** Builds into {@code out}; asserts the exit code, a diagnostic line starting with {@code expected}, output untouched. */
    private SiteFixture.Run fails(int exitCode, String expected) throws IOException {
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(exitCode, run.exitCode(), run.err());
        assertHasLine(run, expected);
        assertUntouched();
        return run;
    }

    private SiteFixture.Run fails(String expected) throws IOException {
        return fails(1, expected);
    }

    private void assertUntouched() throws IOException {
        assertEquals(before, SiteFixture.hashes(out), "previous output changed");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "staging folder left behind");
        }
    }

    private static void assertHasLine(SiteFixture.Run run, String expected) {
        assertTrue(run.err().lines().anyMatch(line -> line.startsWith(expected)), "expected a line starting with\n" + expected
                + "\nin\n" + run.err());
    }

    /** Builds into {@code out} and asserts success (a NORM row). */
    private SiteFixture.Run builds() {
        SiteFixture.Run run = fixture.build("--out", out.toString(), "--strict");
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    /** A WARN row: the build succeeds with the warning, and fails under --strict leaving the output untouched. */
    private void warns(String expected) throws IOException {
        SiteFixture.Run lenient = fixture.build("--out", temp.resolve("lenient").toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertHasLine(lenient, expected);
        SiteFixture.Run strict = fixture.build("--out", out.toString(), "--strict");
        assertEquals(1, strict.exitCode(), strict.err());
        assertHasLine(strict, expected);
        assertUntouched();
    }

    private Path file(String name) {
        return fixture.root().resolve(name);
    }

    private String read(String name) throws IOException {
        return Files.readString(file(name), StandardCharsets.UTF_8);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(file(name), text, StandardCharsets.UTF_8);
    }

    /** The 1-based number of the first line of {@code name} that is exactly {@code text}. */
    private int lineOf(String name, String text) throws IOException {
        int index = Files.readAllLines(file(name), StandardCharsets.UTF_8).indexOf(text);
        assertTrue(index >= 0, name + " has no line " + text);
        return index + 1;
    }

    /** Adds a paragraph right after the header of an AsciiDoc page; returns its line number. */
    private int addBodyLines(String name, String text) throws IOException {
        fixture.edit(name, "~~~~~~\n", "~~~~~~\n" + text + "\n\n");
        return lineOf(name, text.lines().findFirst().orElseThrow());
    }

    private String download() throws IOException {
        return Files.readString(out.resolve("data/ip-finance/ip-finance.csv"), StandardCharsets.UTF_8);
    }

    // ================================================================== 2.1 CSV structure

    @Test
    void row_C01_blankHeader() throws IOException {
        fixture.edit(CSV, HEADER, "id,,label_en,value,unit,qualifier,paragraph");
        fails(CSV + ":1:2: error: [blank-label] column 2 has no header label");
    }

    @Test
    void row_C02_duplicateHeader() throws IOException {
        fixture.edit(CSV, HEADER, "id,label_zh,label_zh,value,unit,qualifier,paragraph");
        fails(CSV + ":1:3: error: [duplicate-label] header label 'label_zh' is used by columns 2 and 3");
    }

    @Test
    void row_C03_rowWithFewerCells() throws IOException {
        fixture.edit(CSV, ROW_2, ROW_2.substring(0, ROW_2.lastIndexOf(',')));
        fails(CSV + ":2: error: [missing-cell] expected 7 cells, got 6");
    }

    @Test
    void row_C04_trailingComma() throws IOException {
        fixture.edit(CSV, ROW_2, ROW_2 + ",");
        fails(CSV + ":2:8: error: [extra-cell] expected 7 cells, got 8 (a trailing comma counts as a cell)");
    }

    @Test
    void row_C05_unclosedQuote() throws IOException {
        fixture.edit(CSV, ROW_2, ROW_2.replace(",知识产权", ",\"知识产权"));
        // Implemented now: reported where the quote opened (Jackson reported the end of the file).
        fails(CSV + ":2:2: error: [quote-error] the quote that opens this cell is never closed, so the rest of the file"
                + " would be one cell; close it or delete it");
    }

    @Test
    void row_C06_strayQuoteInUnquotedField() throws IOException {
        fixture.edit(CSV, ROW_2, ROW_2.replace("IP pledge", "IP 12\"3 pledge"));
        // Implemented now: Jackson accepts 12"3 silently.
        fails(CSV + ":2:3: error: [stray-quote] quote inside a cell that does not start with a quote; delete it, or quote the"
                + " whole cell and double the inner quote (\"12\"\"3\")");
    }

    @Test
    void row_C07_blankRowInTheMiddleFails() throws IOException {
        fixture.edit(CSV, ROW_2 + "\n", ROW_2 + "\n\n");
        fails(CSV + ":3: error: [blank-row] blank row inside the data; delete it");
    }

    @Test
    void row_C07_blankLinesAtTheEndAreNormalised() throws IOException {
        fixture.append(CSV, "\n\n,,,,,,\n");
        builds();
        assertEquals(before.get("data/ip-finance/ip-finance.csv"), SiteFixture.hashes(out).get("data/ip-finance/ip-finance.csv"));
    }

    @Test
    void row_C08_mixedLineEndingsAreNormalised() throws IOException {
        fixture.edit(CSV, ROW_2 + "\n", ROW_2 + "\r\n");
        builds();
        assertEquals(before.get("data/ip-finance/ip-finance.csv"), SiteFixture.hashes(out).get("data/ip-finance/ip-finance.csv"),
                "the download has one line-ending style");
    }

    @Test
    void row_C09_titleRowAboveTheHeader() throws IOException {
        write(CSV, "表1 2020年知识产权金融\n" + read(CSV));
        // Implemented now. No headerRowCount/skipRows: the title belongs in the metadata, so the hint is to delete it.
        fails(CSV + ":1: error: [title-row] the first line has one cell and the next has 7: a title above the table? Delete"
                + " it (the title belongs in datapackage.json \"title\"); the first line must be the header");
    }

    @Test
    void row_C10_footnoteRowsBelowTheData() throws IOException {
        fixture.append(CSV, "注：数据来源于渝市监函〔2020〕155号\n");
        fails(CSV + ":5: error: [missing-cell] expected 7 cells, got 1");
    }

    @Test
    void row_C11_mergedCellRemnantInARequiredColumn() throws IOException {
        fixture.edit(CSV, ROW_3, ROW_3.replace(",知识价值信用贷款（近三年）,", ",,"));
        fails(CSV + ":3:2: error: [constraint-error] column 'label_zh' is required; the cell is empty (merged cells from Excel"
                + " leave empty cells: fill in every row)");
    }

    @Test
    void row_C12_duplicatePrimaryKey() throws IOException {
        fixture.edit(CSV, ROW_3, ROW_3.replace("knowledge-value-loans,", "pledge-financing,"));
        fails(CSV + ":3:1: error: [unique-error] 'pledge-financing' in column 'id' is already on line 2; values must be unique");
    }

    @Test
    void row_C13_valueBreaksTheSchema() throws IOException {
        fixture.edit(CSV, "3886000000", "-3886000000");
        fails(CSV + ":2:4: error: [constraint-error] '-3886000000' is below the minimum 0");
    }

    @Test
    void row_C14_zeroByteFile() throws IOException {
        write(CSV, "");
        fails(CSV + ": error: [blank-file] file is empty; write a header row and at least one data row");
    }

    @Test
    void row_C14_headerOnly() throws IOException {
        // Implemented now; allowEmpty is not offered (an empty table has nothing to publish).
        write(CSV, HEADER + "\n");
        fails(CSV + ":1: error: [blank-file] the table has a header but no data rows; add the rows, or remove the dataset"
                + " until it has data");
    }

    @Test
    void row_C15_semicolonDelimiter() throws IOException {
        // Implemented now. Disagreement: no declared dialect either; every download uses commas, so the source does too.
        write(CSV, read(CSV).replace(',', ';'));
        fails(CSV + ":1: error: [csv-delimiter] the header is one column separated by ';', not by commas; save the file as"
                + " CSV with commas (Excel: 'Save As' > 'CSV UTF-8')");
    }

    @Test
    void row_C16_xlsxRenamedToCsv() throws IOException {
        Files.write(file(CSV), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        fails(CSV + ": error: [format-error] this is a spreadsheet (ZIP/xlsx) renamed to .csv; in Excel use 'Save As' > 'CSV UTF-8'");
    }

    @Test
    void row_C17_hugeFile() throws IOException {
        try (OutputStream stream = Files.newOutputStream(file(CSV))) {
            stream.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] row = (ROW_2 + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 21L * 1024 * 1024; written += row.length) {
                stream.write(row);
            }
        }
        fails(CSV + ": error: [size-error] file is 22020198 bytes; the limit is 20971520 bytes. Split the dataset or publish"
                + " it elsewhere");
    }

    @Test
    void row_C17_hugeCell() throws IOException {
        fixture.edit(CSV, "IP pledge financing", "IP pledge financing" + "x".repeat(40_000));
        fails(CSV + ":2:3: error: [size-error] cell has 40038 characters; the limit is 32768");
    }

    @Test
    void row_C17_millionRowTable() throws IOException {
        // Under the 20 MB file limit, yet far more rows than a page can show: a size error, not an out-of-memory crash.
        StringBuilder text = new StringBuilder("id,label_zh,label_en,value,unit,qualifier,paragraph\n");
        for (int i = 0; i < 1_000_000; i++) {
            text.append(",,,,,,\n".substring(0, 2)).append('\n');
        }
        write(CSV, text.toString());
        fails(CSV + ":100002: error: [size-error] table has more than 100000 data rows");
    }

    // C18 (formula injection in text columns): covered by OpenDataHostileContentTest
    //     .csvDownloadDefusesTheFormulaAndKeepsTheMarkupAsWritten; a leading '-' in a numeric column
    //     is a number (row_C13 shows -3886000000 parsed and checked against minimum 0).

    @Test
    void row_C19_bidiOverrideInACell() throws IOException {
        fixture.edit(CSV, "IP pledge financing", "IP pledge \u202Efinancing");
        fails(CSV + ":2:3: error: [control-character] cell contains the invisible character U+202E; delete it");
    }

    // ================================================================== 2.2 Encodings and Chinese number formats

    @Test
    void row_C20_utf8BomIsStripped() throws IOException {
        Files.write(file(CSV), ("\uFEFF" + read(CSV)).getBytes(StandardCharsets.UTF_8));
        builds();
        // The download deliberately starts with exactly one BOM (for Excel on Windows): the source's BOM was stripped,
        // not doubled, and header label 1 is 'id' byte for byte.
        assertTrue(download().startsWith("\uFEFFid,"), download().substring(0, 10));
        assertEquals(before.get("data/ip-finance/ip-finance.csv"), SiteFixture.hashes(out).get("data/ip-finance/ip-finance.csv"));
    }

    // C21 (GBK CSV): covered by OpenDataFailureTest.gbkEncodedCsvIsRefusedWithHowToConvert (FAIL with the hint)
    //     and OpenDataFailureTest.gbkEncodedCsvBuildsWhenTheEncodingIsDeclared (NORM once declared).

    @Test
    void row_C21_gbkCsvWithAnotherDeclaredEncodingIsRefused() throws IOException {
        Files.write(file(CSV), read(CSV).getBytes(Charset.forName("GB18030")));
        fixture.edit(PACKAGE, "\"encoding\": \"utf-8\"", "\"encoding\": \"latin-1\"");
        fails(PACKAGE + ": error: [data.encoding] encoding 'latin-1' is not supported; use utf-8 or gb18030");
    }

    @Test
    void row_C22_fullWidthDigitsInANumericColumnAreNormalised() throws IOException {
        fixture.edit(CSV, "3886000000", "３８８６００００００");
        builds();
        assertTrue(download().contains(",3886000000,"), download());
    }

    // C23 (Chinese magnitudes 50.22万 in data): covered by OpenDataFailureTest.nonNumberInTheValueColumnNamesTheCell.
    //     Disagreement: no 'cn-quantity' type. Data holds base units only; 万/亿 are a display concern of each
    //     language (QuantityFormatter, the field's zhMagnitude hint), so one value cannot be typed two ways.

    @Test
    void row_C24_thousandsSeparatorIsATypeError() throws IOException {
        // Disagreement: no groupChar/percent formats are declared anywhere, so grouping is never accepted
        // (a typed '1,23,456' and a typed '1,234' are refused alike; the data holds plain digits).
        fixture.edit(CSV, "3886000000", "\"3,886,000,000\"");
        fails(CSV + ":2:4: error: [type-error] '3,886,000,000' is not a number");
    }

    @Test
    void row_C25_statisticalPlaceholderIsATypeError() throws IOException {
        // No missingValues list: an optional value is left empty; '—' or '-' never becomes 0.
        fixture.edit(CSV, "3886000000", "—");
        fails(CSV + ":2:4: error: [type-error] '—' is not a number");
    }

    @Test
    void row_C26_excelDamagedCodeBreaksThePattern() throws IOException {
        fixture.edit(CSV, "pledge-financing,", "9.1E+17,");
        fails(CSV + ":2:1: error: [constraint-error] '9.1E+17' does not match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$");
    }

    @Test
    void row_C26_excelDateInMetadata() throws IOException {
        fixture.edit(PACKAGE, "\"updated\": \"2020-03-31\"", "\"updated\": \"2020/3/31\"");
        fails(PACKAGE + ": error: [data.bad-date] \"updated\" must be a date like 2020-03-31");
    }

    // ================================================================== 2.3 AsciiDoc

    // A27 (include target missing): covered by BuildFailureTest.missingIncludeNamesFileAndLine.
    @Test
    void row_A27_optionalIncludeIsForbidden() throws IOException {
        int line = addBodyLines(EN_ABOUT, "include::en/missing.adoc[opts=optional]");
        fails(EN_ABOUT + ":" + line + ": error: [adoc.include-not-found] optional include dropped because include file not"
                + " found: content/en/missing.adoc");
    }

    // A28 (include outside the jail, relative): covered by BuildFailureTest.includeOutsideTheContentFolderIsRefused.
    @Test
    void row_A28_absoluteIncludeIsRefused() throws IOException {
        int line = addBodyLines(EN_ABOUT, "include::/etc/hostname[]");
        // SAFE mode clamps the absolute path into content/; nothing outside is read.
        SiteFixture.Run run = fails(EN_ABOUT + ":" + line + ": error: [adoc.include-not-found] include file not found:"
                + " content/etc/hostname");
        assertFalse(run.err().contains(Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() + "\n" : "\u0000"));
    }

    // A29 (broken xref): covered by BuildFailureTest.unresolvedCrossReferenceNamesLineAndColumn.

    // A30 (undefined attribute): covered by BuildFailureTest.missingAttributeWarnsAndFailsUnderStrict
    //     (a warning that fails under --strict, which CI uses: the catalogue's "attribute-missing=warn plus strict").

    @Test
    void row_A31_passthroughBlockIsRefused() throws IOException {
        int line = addBodyLines(EN_ABOUT, "++++\n<script>alert(1)</script>\n++++");
        fails(EN_ABOUT + ":" + line + ":1: error: [adoc.raw-html] passthrough block (++++) puts raw HTML into the page;"
                + " write AsciiDoc instead, or add the line ':ipwp-allow-raw-html:' to the page after review");
    }

    @Test
    void row_A31_inlinePassthroughIsRefused() throws IOException {
        int line = addBodyLines(EN_ABOUT, "Click pass:[<b onclick=\"x()\">here</b>].");
        fails(EN_ABOUT + ":" + line + ":7: error: [adoc.raw-html] inline passthrough (pass:[) puts raw HTML into the page");
    }

    @Test
    void row_A31_rawHtmlIsAllowedWhenThePageSaysSo() throws IOException {
        addBodyLines(EN_ABOUT, ":ipwp-allow-raw-html:\n\n++++\n<p class=\"reviewed\">ok</p>\n++++");
        builds();
        assertEquals(1, SiteFixture.page(out, "en/about/index.html").select("p.reviewed").size());
    }

    @Test
    void row_A32_unclosedTable() throws IOException {
        int line = addBodyLines(EN_ABOUT, "|===\n| a | b\n| c");
        fails(EN_ABOUT + ":" + line + ": error: [adoc.table-malformed] unterminated table block");
    }

    @Test
    void row_A33_unclosedIncludeTag() throws IOException {
        fixture.append(ZH_ABOUT, "\n// tag::part[]\n关于。\n");
        int tag = lineOf(ZH_ABOUT, "// tag::part[]");
        int line = addBodyLines(EN_ABOUT, "include::zh/about.adoc[tag=part]");
        fails(EN_ABOUT + ":" + line + ": error: [adoc.include-tag] detected unclosed tag 'part' starting at line " + tag
                + " of include file: " + ZH_ABOUT);
    }

    @Test
    void row_A34_gbkChapterIsRefused() throws IOException {
        Files.write(file(ZH_ABOUT), read(ZH_ABOUT).getBytes(Charset.forName("GB18030")));
        fails(ZH_ABOUT + ":1: error: [encoding-error] not valid UTF-8 (text pasted from a GBK document?); re-save the file as UTF-8");
    }

    @Test
    void row_A35_lockedDocumentAttribute() throws IOException {
        int line = addBodyLines(EN_ABOUT, ":source-highlighter: rouge");
        fails(EN_ABOUT + ":" + line + ":1: error: [adoc.locked-attribute] attribute 'source-highlighter' is set by the site,"
                + " not by a page; delete this line");
    }

    // ================================================================== resource limits (issue 10, beside row 17)

    @Test
    void limit_deeplyNestedIncludes() throws IOException {
        // Implemented now: a page that includes itself nests until max-include-depth (16, was Asciidoctor's 64), then
        // fails with a message. (SAFE mode clamps the absolute path into content/, so /en/about.adoc is this page.)
        int line = addBodyLines(EN_ABOUT, "include::/en/about.adoc[]");
        fails(EN_ABOUT + ":" + line + ": error: [adoc.include-depth] maximum include depth of 16 exceeded");
    }

    // ================================================================== 2.4 Front matter and metadata

    // M36 (header missing type): covered by BuildFailureTest.missingHeaderFieldIsAnError.
    @Test
    void row_M36_noHeaderSeparator() throws IOException {
        fixture.edit(ZH_ABOUT, "~~~~~~\n", "");
        fails(ZH_ABOUT + ":1: error: [meta.missing-header] no header: start the file with title=, type=, status=, date= lines and"
                + " a line '~~~~~~'");
    }

    @Test
    void row_M37_unparseableDate() throws IOException {
        fixture.edit(ZH_ABOUT, "date=2020-03-31", "date=2020年3月31日");
        fails(ZH_ABOUT + ":4: error: [meta.bad-date] date '2020年3月31日' is not a date in the form YYYY-MM-DD, e.g. 2020-03-31");
    }

    // M38 (misspelt key): covered by BuildFailureTest.misspeltHeaderKeyIsAnError.

    @Test
    void row_M39_publishedDateStatusIsForbidden() throws IOException {
        fixture.edit(ZH_ABOUT, "status=published", "status=published-date");
        fails(ZH_ABOUT + ":3: error: [meta.bad-value] status must be 'published' or 'draft', got 'published-date'");
    }

    @Test
    void row_M40_datasetPathOutsideItsFolder() throws IOException {
        fixture.edit(PACKAGE, "\"path\": \"ip-finance.csv\"", "\"path\": \"../key-indicators/key-indicators.csv\"");
        fails(PACKAGE + ":");
    }

    @Test
    void row_M40_datasetPathToAMissingCsv() throws IOException {
        fixture.edit(PACKAGE, "\"path\": \"ip-finance.csv\"", "\"path\": \"ip-finance-2020.csv\"");
        fails(PACKAGE + ":");
    }

    // M41 (duplicate 文号, missing attachment): covered by LetterArchiveTest.twoLettersWithOneDocumentNumberFail
    //     and LetterArchiveTest.aMissingAttachmentFails.

    @Test
    void row_M42_draftIsListed() throws IOException {
        // A new page pair, so no published page links to it.
        String zh = read(ZH_ABOUT).replace("status=published", "status=draft");
        write("content/zh/notes.adoc", zh);
        write("content/en/notes.adoc", read(EN_ABOUT).replace("status=published", "status=draft"));
        warns("content/zh/notes.adoc: warning: [meta.draft] draft not published (status=draft); publish it or build with"
                + " --drafts to preview it");
    }

    // ================================================================== 2.5 Templates

    @Test
    void row_T43_unescapedDataInATemplate() throws IOException {
        fixture.edit("templates/page.html", "<h1 th:text=\"${page.page().title()}\">", "<h1 th:utext=\"${page.page().title()}\">");
        int line = lineOf("templates/page.html", read("templates/page.html").lines().filter(l -> l.contains("th:utext=\"${page.page().title()}\"")).findFirst().orElseThrow());
        fails("templates/page.html:" + line + ":7: error: [tpl.unescaped-output] th:utext=\"${page.page().title()}\" prints data"
                + " unescaped; use th:text or [[...]]");
    }

    // T44 (misspelt model property): covered by BuildFailureTest.templateErrorNamesTemplateLine.

    @Test
    void row_T45_messageKeyOnlyInOneLanguage() throws IOException {
        fixture.append("templates/i18n/messages_zh.properties", "\nonly.zh=仅中文\n");
        int line = lineOf("templates/i18n/messages_zh.properties", "only.zh=仅中文");
        fails("templates/i18n/messages_zh.properties:" + line + ": error: [i18n.missing-message] 'only.zh' has no translation in"
                + " templates/i18n/messages_en.properties");
    }

    @Test
    void row_T46_templateMissingForAType() throws IOException {
        Files.delete(file("templates/page.html"));
        fails("templates/page.html: error: [tpl.missing] template 'page.html' does not exist");
    }

    // ================================================================== 2.6 Bilingual consistency

    // B47 (page without counterpart): covered by BuildFailureTest.missingTranslationWarnsAndShowsAPageInTheOtherLanguage.
    //     Disagreement (kept from the project): a WARN plus a visible "not yet available" page rather than FAIL,
    //     so a Chinese page is not held back by its translation; --strict (CI) still fails.

    @Test
    void row_B48_emptyTranslation() throws IOException {
        fixture.edit("templates/i18n/messages_en.properties", "site.skip=Skip to main content", "site.skip=");
        fails("templates/i18n/messages_en.properties:5: error: [i18n.empty-message] 'site.skip' has an empty translation");
    }

    @Test
    void row_B49_sectionIdsDiffer() throws IOException {
        fixture.edit(EN_ABOUT, "[#publisher]", "[#the-publisher]");
        fails(EN_ABOUT + ": error: [i18n.section-mismatch] section ids [the-publisher, sources, open-data, translation] differ"
                + " from content/zh/about.adoc [publisher, sources, open-data, translation]");
    }

    @Test
    void row_B50_datasetColumnTitleMissingInOneLanguage() throws IOException {
        fixture.edit(PACKAGE, "\"title_en\": \"Indicator code\",", "");
        fails(PACKAGE + ": error: [data.missing-field] \"title_en\" is required");
    }

    // B51 (wrong lang, hreflang to a 404): lang and hreflang are set from the content folder, not typed by editors;
    //     covered by RepositorySiteTest.everyPageDeclaresItsLanguageAndLinksItsCounterpart and
    //     everyPageHasHreflangAlternatesUnderTheBaseUrl, and the link check fails on any broken internal link.

    // ================================================================== 2.7 File system and build

    @Test
    void row_F52_symlinkOutsideTheProject() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.adoc"), "title=x\n");
        Files.createSymbolicLink(file("content/zh/secret.adoc"), secret);
        fails("content/zh/secret.adoc: error: [fs.symlink-outside] symbolic link points outside content/; copy the file in instead");
    }

    @Test
    void row_F53_twoSourcesForOneUrl() throws IOException {
        Files.copy(file(ZH_ABOUT), file("content/zh/About.adoc"));
        fails(ZH_ABOUT + ": error: [fs.url-collision] publishes to the same URL as content/zh/About.adoc (case and Unicode form"
                + " are ignored by many hosts); rename one");
    }

    @Test
    void row_F54_hiddenFilesAreIgnoredAndListed() throws IOException {
        Files.writeString(file("content/zh/.DS_Store"), "junk");
        Files.writeString(file("content/zh/.htaccess"), "Deny from all");
        SiteFixture.Run run = builds();
        assertTrue(run.out().contains("ignored hidden files: "), run.out());
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals(".DS_Store") || p.getFileName().toString().equals(".htaccess")));
        }
    }

    // F55 (stale output of a deleted source): covered by BuildFailureTest.staleFilesDoNotSurviveARebuild.
    @Test
    void row_F55_deletedSourceLeavesNoStaleOutput() throws IOException {
        // A page pair that nothing links to is published, then its sources are deleted: the next build drops it.
        write("content/zh/notes.adoc", read(ZH_ABOUT));
        write("content/en/notes.adoc", read(EN_ABOUT));
        builds();
        assertTrue(Files.exists(out.resolve("zh/notes/index.html")));
        Files.delete(file("content/zh/notes.adoc"));
        Files.delete(file("content/en/notes.adoc"));
        builds();
        assertFalse(Files.exists(out.resolve("zh/notes/index.html")));
        assertFalse(Files.exists(out.resolve("en/notes/index.html")));
    }

    @Test
    void row_F56_percentInAFileName() throws IOException {
        Files.copy(file(ZH_ABOUT), file("content/zh/about%20us.adoc"));
        fails("content/zh/about%20us.adoc: error: [fs.bad-name] file and folder names may use letters, digits, '.', '-' and '_'"
                + " only (no spaces, %, ?, #)");
    }

    @Test
    void row_F57_leftoverStagingFromAKilledBuild() throws IOException {
        // A build killed halfway leaves only its staging folder; the next build neither publishes nor reuses it.
        Path leftover = Files.createDirectories(temp.resolve(".out.staging-killed"));
        Files.writeString(leftover.resolve("index.html"), "half");
        builds();
        assertEquals(before, SiteFixture.hashes(out));
    }

    @Test
    void row_F57_ioErrorExitsWith3() throws IOException {
        // Not testable in-process as root: a disk filling up mid-write. An output that cannot be created stands in for it.
        Path blocker = Files.writeString(temp.resolve("blocker"), "a file, not a folder");
        SiteFixture.Run run = fixture.build("--out", blocker.resolve("out").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: [io-error] "), run.err());
        assertUntouched();
    }
}
