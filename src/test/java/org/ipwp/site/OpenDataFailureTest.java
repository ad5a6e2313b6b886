package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken data and broken {@code indicator::} blocks fail the build with the file, line, column
 * and code, exit 1, and the previous output left byte-identical (as in {@link BuildFailureTest}).
 */
class OpenDataFailureTest {

    private static final String FINANCE_CSV = "data/ip-finance/ip-finance.csv";
    private static final String CHAPTER_03_EN = "content/en/whitepaper/03-use-and-financing.adoc";
    private static final String CHAPTER_01_EN = "content/en/whitepaper/01-overview.adoc";
    private static final String FINANCE_MACRO = "indicator::ip-finance[chart=bar]";
    private static final String KEY_INDICATORS_MACRO = "indicator::key-indicators[rows=\"patent-grants, invention-patent-grants,"
            + " valid-trademarks, madrid-trademarks, well-known-trademarks, gi-trademarks\"]";

    /** A good build, made once; each test starts from a copy of it. */
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
        assertEquals(SiteFixture.hashes(goodOutput), before);
    }

    private SiteFixture.Run assertFailsWith(String expectedLine) throws IOException {
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(line -> line.equals(expectedLine)), "expected line\n" + expectedLine + "\nin\n" + run.err());
        assertEquals(before, SiteFixture.hashes(out), "previous output changed");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "staging folder left behind");
        }
        return run;
    }

    /** The 1-based number of the line of {@code file} that is exactly {@code text}. */
    private int lineOf(String file, String text) throws IOException {
        int index = Files.readAllLines(fixture.root().resolve(file), StandardCharsets.UTF_8).indexOf(text);
        assertTrue(index >= 0, file + " has no line " + text);
        return index + 1;
    }

    // ---------------------------------------------------------------- data

    @Test
    void nonNumberInTheValueColumnNamesTheCell() throws IOException {
        fixture.edit(FINANCE_CSV, "4594000000", "45.94亿");
        int line = lineOf(FINANCE_CSV, "knowledge-value-loans,知识价值信用贷款（近三年）,Knowledge-value credit loans (past three years),45.94亿,yuan,,p5");
        assertEquals(3, line);
        assertFailsWith(FINANCE_CSV + ":3:4: error: [type-error] '45.94亿' is not a number (write plain digits in base units:"
                + " 502200, not 50.22万 or 502,200)");
    }

    @Test
    void gbkEncodedCsvIsRefusedWithHowToConvert() throws IOException {
        Path csv = fixture.root().resolve(FINANCE_CSV);
        Files.write(csv, Files.readString(csv, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
        SiteFixture.Run run = assertFailsWith(FINANCE_CSV + ":2: error: [encoding-error] not valid UTF-8: the file decodes cleanly"
                + " as GB18030 (GBK, saved by Chinese Excel); re-save it as 'CSV UTF-8' or declare \"encoding\": \"gb18030\""
                + " in datapackage.json");
        assertTrue(run.err().contains("re-save it as 'CSV UTF-8'"), run.err());
    }

    @Test
    void gbkEncodedCsvBuildsWhenTheEncodingIsDeclared() throws IOException {
        Path csv = fixture.root().resolve(FINANCE_CSV);
        Files.write(csv, Files.readString(csv, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
        fixture.edit("data/ip-finance/datapackage.json", "\"encoding\": \"utf-8\"", "\"encoding\": \"gb18030\"");
        SiteFixture.Run run = fixture.build("--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("知识产权质押融资金额（近三年）", SiteFixture.page(out, "zh/data/ip-finance/index.html")
                .selectFirst("table.data-table tbody th").text());
        assertEquals(before.get("data/ip-finance/ip-finance.csv"), SiteFixture.hashes(out).get("data/ip-finance/ip-finance.csv"),
                "the download is the same UTF-8 file whatever the source encoding");
    }

    @Test
    void paragraphThatIsNotInTheLetterNamesTheCell() throws IOException {
        fixture.edit(FINANCE_CSV, "3886000000,yuan,,p5", "3886000000,yuan,,p99");
        assertFailsWith(FINANCE_CSV + ":2:7: error: [data.paragraph-unknown] paragraph 'p99' is not an anchor of"
                + " content/zh/letters/2020/yushijianhan-155.adoc; use the paragraph's anchor (p1, p2, ... in reading order) or its [#id]");
    }

    @Test
    void sourceLetterThatIsNotArchivedIsAnError() throws IOException {
        fixture.edit("data/ip-finance/datapackage.json", "\"letter\": \"2020/yushijianhan-155\"", "\"letter\": \"2020/yushijianhan-999\"");
        assertFailsWith("data/ip-finance/datapackage.json: error: [data.source-letter] source letter '2020/yushijianhan-999' is"
                + " not in the archive; add content/zh/letters/2020/yushijianhan-999.adoc or correct the reference");
    }

    // ---------------------------------------------------------------- indicator:: blocks

    private void assertIndicatorFails(String file, String oldMacro, String newMacro, String message) throws IOException {
        fixture.edit(file, oldMacro, newMacro);
        int line = lineOf(file, newMacro);
        assertFailsWith(file + ":" + line + ":1: error: [adoc.indicator] " + message);
    }

    @Test
    void unknownDatasetListsTheDatasets() throws IOException {
        assertIndicatorFails(CHAPTER_03_EN, FINANCE_MACRO, "indicator::nope[]", "unknown dataset 'nope'; datasets are: awards,"
                + " cooperation, enterprise-programmes, ip-finance, key-indicators, management-system, pilot-demonstration,"
                + " public-services, talent");
    }

    @Test
    void unknownRowListsTheRows() throws IOException {
        assertIndicatorFails(CHAPTER_03_EN, FINANCE_MACRO, "indicator::ip-finance[rows=\"pledge-financing, no-such-row\", chart=bar]",
                "dataset 'ip-finance' has no row [no-such-row]; rows are: pledge-financing, knowledge-value-loans,"
                        + " ip-capital-contribution");
    }

    @Test
    void unknownChartKind() throws IOException {
        assertIndicatorFails(CHAPTER_03_EN, FINANCE_MACRO, "indicator::ip-finance[chart=pie]",
                "chart=pie is not a chart kind; use chart=bar or chart=line");
    }

    @Test
    void unknownShowValue() throws IOException {
        assertIndicatorFails(CHAPTER_03_EN, FINANCE_MACRO, "indicator::ip-finance[chart=bar, show=everything]",
                "show=everything is not understood; use show=table, show=chart or show=both");
    }

    @Test
    void misspeltAttributeListsTheAttributes() throws IOException {
        assertIndicatorFails(CHAPTER_03_EN, FINANCE_MACRO, "indicator::ip-finance[chart=bar, colum=value]",
                "unknown attribute 'colum'; use rows, chart, show, title, column");
    }

    @Test
    void chartOverRowsOfDifferentUnits() throws IOException {
        assertIndicatorFails(CHAPTER_01_EN, KEY_INDICATORS_MACRO,
                "indicator::key-indicators[rows=\"patent-grants, western-china-rank\", chart=bar]",
                "the rows have different units [piece, rank]; a chart compares like with like, so select rows of one unit"
                        + " with rows=\"...\"");
    }

    @Test
    void chartOfAQuantityColumnThatDoesNotExist() throws IOException {
        assertIndicatorFails(CHAPTER_03_EN, FINANCE_MACRO, "indicator::ip-finance[chart=bar, column=amount]",
                "column 'amount' is not a quantity column of dataset 'ip-finance'; chart one of [value]");
    }

    @Test
    void lineChartOverARowWithoutAValueIsAnErrorNotACrash() throws IOException {
        // A row may leave an optional value empty; a line through one point cannot be drawn.
        fixture.edit("data/ip-finance/datapackage.json", "\"required\": true,\n              \"minimum\": 0", "\"minimum\": 0");
        fixture.append(FINANCE_CSV, "not-yet-published,尚未公布,Not yet published,,yuan,,p5\n");
        assertIndicatorFails(CHAPTER_03_EN, FINANCE_MACRO,
                "indicator::ip-finance[rows=\"pledge-financing, not-yet-published\", chart=line]",
                "a line chart needs at least two rows with a value");
    }

    @Test
    void secondBlockOfTheSameDatasetIsReportedAtItsOwnLine() throws IOException {
        fixture.edit(CHAPTER_03_EN, FINANCE_MACRO + "\n", FINANCE_MACRO + "\n\nThe same figures again.\n\nindicator::ip-finance[chart=pie]\n");
        int line = lineOf(CHAPTER_03_EN, "indicator::ip-finance[chart=pie]");
        assertEquals(lineOf(CHAPTER_03_EN, FINANCE_MACRO) + 4, line, "both blocks are in one section");
        assertFailsWith(CHAPTER_03_EN + ":" + line + ":1: error: [adoc.indicator] chart=pie is not a chart kind; use chart=bar or"
                + " chart=line");
    }

    @Test
    void twoBlocksOfTheSameDatasetOnAPageHaveDistinctIds() throws IOException {
        fixture.edit(CHAPTER_03_EN, FINANCE_MACRO + "\n", FINANCE_MACRO + "\n\nindicator::ip-finance[rows=\"pledge-financing,"
                + " ip-capital-contribution\", chart=bar, show=chart]\n");
        SiteFixture.Run run = fixture.build("--out", out.toString(), "--strict");
        assertEquals(0, run.exitCode(), run.err());
        Document page = SiteFixture.page(out, "en/whitepaper/03-use-and-financing/index.html");
        assertEquals(List.of("indicator-ip-finance", "indicator-ip-finance-2"), page.select("div.indicator").eachAttr("id"));
        Element second = page.selectFirst("div.indicator#indicator-ip-finance-2");
        assertTrue(second.select("table").isEmpty(), "show=chart: no table");
        assertEquals(2, second.select("svg rect.chart-bar").size());
        OpenDataSiteTest.assertLabelledByIdsInside(page, second.selectFirst("svg[role=img]"));
    }
}
