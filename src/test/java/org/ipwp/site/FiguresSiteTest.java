package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The datasets are the single source of every figure in the prose: figures render per language,
 * link to their row, are listed on the dataset page, a typed-in copy of a dataset value is
 * reported, and one changed value reaches every sentence, table, chart and download.
 */
class FiguresSiteTest {

    private static final String ZH_OVERVIEW = "content/zh/whitepaper/01-overview.adoc";
    private static final String EN_OVERVIEW = "content/en/whitepaper/01-overview.adoc";

    @TempDir
    Path temp;

    private SiteFixture fixture;
    private Path out;

    @BeforeEach
    void copySite() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        out = temp.resolve("out");
    }

    private SiteFixture.Run build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--out", out.toString()));
        args.addAll(List.of(extra));
        return fixture.build(args.toArray(String[]::new));
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(fixture.root().resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static String figure(Document page, String value) {
        Element data = page.selectFirst("main data.figure[value=" + value + "]");
        assertNotNull(data, "no figure with value " + value);
        return data.text();
    }

    @Test
    void figuresFollowEachLanguagesHouseStyle() throws IOException {
        assertEquals(0, build().exitCode());
        Document zh = SiteFixture.page(out, "zh/whitepaper/01-overview/index.html");
        Document en = SiteFixture.page(out, "en/whitepaper/01-overview/index.html");
        assertEquals("43870件", figure(zh, "43870"));
        assertEquals("43,870", figure(en, "43870"));
        assertEquals("50.22万件", figure(zh, "502200"));
        assertEquals("502,200", figure(en, "502200"));
        Document zhFinance = SiteFixture.page(out, "zh/whitepaper/03-use-and-financing/index.html");
        Document enFinance = SiteFixture.page(out, "en/whitepaper/03-use-and-financing/index.html");
        assertEquals("38.86亿元", figure(zhFinance, "3886000000"));
        assertEquals("3.886 billion yuan", figure(enFinance, "3886000000"));
        assertEquals("12.3亿元", figure(zhFinance, "1230000000"));
        assertEquals("1.23 billion yuan", figure(enFinance, "1230000000"));
    }

    @Test
    void aFigureCanLinkToItsRowOnTheDatasetPage() throws IOException {
        fixture.edit(EN_OVERVIEW, "figure:key-indicators[patent-grants]", "figure:key-indicators[patent-grants, link]");
        assertEquals(0, build().exitCode());
        Document en = SiteFixture.page(out, "en/whitepaper/01-overview/index.html");
        Element link = en.selectFirst("main a.figure-link");
        assertNotNull(link);
        assertEquals("../../data/key-indicators/#row-patent-grants", link.attr("href"));
        assertEquals("43,870", link.text());
        Document dataset = SiteFixture.page(out, "en/data/key-indicators/index.html");
        Element row = dataset.getElementById("row-patent-grants");
        assertNotNull(row, "the linked row exists");
        assertEquals("43870", row.selectFirst("td.num").attr("data-value"));
    }

    @Test
    void aFieldThatIsNotANumberOrAnUnknownOptionFailsAtTheMacro() throws IOException {
        fixture.edit(ZH_OVERVIEW, "figure:key-indicators[patent-grants]", "figure:key-indicators[patent-grants, field=label_en]");
        int line = lineOf(ZH_OVERVIEW, "field=label_en");
        int column = Files.readAllLines(fixture.root().resolve(ZH_OVERVIEW)).get(line - 1).indexOf("figure:key-indicators[patent-grants, field") + 1;
        SiteFixture.Run run = build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(ZH_OVERVIEW + ":" + line + ":" + column
                + ": error: [adoc.figure-unknown] dataset 'key-indicators' has no number field 'label_en' to quote; number fields are: value"),
                run.err());

        fixture.edit(ZH_OVERVIEW, "field=label_en", "bold");
        run = build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("[adoc.figure-unknown] 'bold' is not understood"), run.err());
    }

    @Test
    void theDatasetPageListsWhereEachRowIsQuotedInBothLanguages() throws IOException {
        assertEquals(0, build().exitCode());
        Document zh = SiteFixture.page(out, "zh/data/key-indicators/index.html");
        Element row = zh.select("table.quotes tbody tr").stream()
                .filter(tr -> tr.selectFirst("th a").attr("href").equals("#row-patent-grants")).findFirst().orElseThrow();
        List<String> hrefs = row.select("td a").eachAttr("href");
        assertTrue(hrefs.contains("../../whitepaper/01-overview/#key-figures"), hrefs.toString());
        assertTrue(hrefs.contains("../../../en/whitepaper/01-overview/#key-figures"), hrefs.toString());
        Element english = row.selectFirst("td a[lang=en]");
        assertNotNull(english, "the other language's page is marked with its language");
        assertTrue(english.text().contains(" › "), english.text());
    }

    @Test
    void aDatasetValueTypedIntoProseWarnsAndFailsUnderStrict() throws IOException {
        fixture.append(ZH_OVERVIEW, "\n全市专利授权总量为43870件，有效注册商标50.22万件。\n");
        fixture.append(EN_OVERVIEW, "\nPledge financing reached 3.886 billion yuan during the 13th Five-Year Plan; 502,200 trademarks.\n");
        // Not figures: a digit run inside a code (a letter or a digit group just before it), a decimal part.
        fixture.append(EN_OVERVIEW, "\nModel X43870 and part 1.43870 and 9,43870 are names.\n");
        int zhLine = lineOf(ZH_OVERVIEW, "全市专利授权总量为43870件");
        int enLine = lineOf(EN_OVERVIEW, "Pledge financing reached 3.886 billion");
        SiteFixture.Run run = build();
        assertEquals(0, run.exitCode(), run.err());
        String zhWarning = ZH_OVERVIEW + ":" + zhLine + ":10: warning: [content.stray-number] '43870' is typed in the text but equals"
                + " figure:key-indicators[patent-grants]; quote it with figure:key-indicators[patent-grants]"
                + " so that both languages, the tables and the downloads follow the data";
        assertTrue(run.err().lines().anyMatch(zhWarning::equals), run.err());
        assertTrue(run.err().contains(ZH_OVERVIEW + ":" + zhLine + ":23: warning: [content.stray-number] '50.22万'"), run.err());
        assertTrue(run.err().contains(EN_OVERVIEW + ":" + enLine + ":26: warning: [content.stray-number] '3.886 billion' is typed in the text but equals figure:ip-finance[pledge-financing]"), run.err());
        assertTrue(run.err().contains("'502,200' is typed in the text but equals figure:key-indicators[valid-trademarks]"), run.err());
        assertFalse(run.err().contains("'13'"), "an ordinal (13th) is not a figure: " + run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("'43870'")).count(),
                "only the Chinese sentence: digits after a letter, a point or a comma are not a figure: " + run.err());
        assertFalse(run.err().contains("letters/"), "the archived letter is quoted verbatim and exempt: " + run.err());

        SiteFixture.Run strict = build("--strict");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("[content.stray-number]"), strict.err());
    }

    @Test
    void aNameMarkedVerbatimIsNotReported() throws IOException {
        fixture.append(ZH_OVERVIEW, "\n形成[.verbatim]##“43870”##工程。\n");
        SiteFixture.Run run = build("--strict");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void changingOneValueChangesEverySentenceTableChartAndDownload() throws IOException {
        assertEquals(0, build().exitCode());
        String csvBefore = Files.readString(out.resolve("data/key-indicators/key-indicators.csv"));
        fixture.edit("data/key-indicators/key-indicators.csv", "Total patents granted,43870,", "Total patents granted,43871,");
        assertEquals(0, build().exitCode());

        assertEquals("43871件", figure(SiteFixture.page(out, "zh/whitepaper/01-overview/index.html"), "43871"));
        assertEquals("43,871", figure(SiteFixture.page(out, "en/whitepaper/01-overview/index.html"), "43871"));
        for (String language : List.of("zh", "en")) {
            Document chapter = SiteFixture.page(out, language + "/whitepaper/01-overview/index.html");
            assertNotNull(chapter.selectFirst("div.indicator td.num[data-value=43871]"), language + " chapter table");
            Document dataset = SiteFixture.page(out, language + "/data/key-indicators/index.html");
            assertEquals(language.equals("zh") ? "43871件" : "43,871 items",
                    dataset.getElementById("row-patent-grants").selectFirst("td.num").text());
            String chart = dataset.selectFirst("svg desc").text();
            assertTrue(chart.contains(language.equals("zh") ? "43871件" : "43,871 items"), chart);
            assertFalse(dataset.html().contains("43870"), language + " dataset page still shows the old value");
        }
        String csv = Files.readString(out.resolve("data/key-indicators/key-indicators.csv"));
        assertTrue(csv.contains(",43871,"), csv);
        assertNotEquals(csvBefore, csv);
        String json = Files.readString(out.resolve("data/key-indicators/key-indicators.json"));
        assertTrue(json.contains("\"value\": 43871"), json);
        String datapackage = Files.readString(out.resolve("data/key-indicators/datapackage.json"));
        String hash = java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(out.resolve("data/key-indicators/key-indicators.csv"))));
        assertTrue(datapackage.contains(hash), "datapackage.json has the new CSV hash");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFieldsDisplayHintSetsTheChineseStyleAndABadHintFails() throws IOException {
        String field = "\"name\": \"value\",\n            \"type\": \"number\",";
        fixture.edit("data/key-indicators/datapackage.json", field, field + "\n            \"zhMagnitude\": \"wan\",");
        assertEquals(0, build().exitCode());
        assertEquals("4.387万件", figure(SiteFixture.page(out, "zh/whitepaper/01-overview/index.html"), "43870"));
        assertEquals("43,870", figure(SiteFixture.page(out, "en/whitepaper/01-overview/index.html"), "43870"));

        fixture.edit("data/key-indicators/datapackage.json", "\"zhMagnitude\": \"wan\"", "\"zhMagnitude\": \"big\"");
        SiteFixture.Run run = build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("data/key-indicators/datapackage.json: error: [data.field-display] field 'value' has zhMagnitude 'big'"),
                run.err());
    }
}
