package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset row written to attack readers: markup in its labels and a spreadsheet formula in a text
 * cell. Pages show it as text, the CSV download defuses the formula, the JSON keeps it as written.
 */
class OpenDataHostileContentTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    /** label_zh: markup and the characters that break out of attributes. */
    private static final String LABEL_ZH = SCRIPT + " \"&' 恶意标签";
    /** label_en: a formula that a spreadsheet would run, with the same markup. */
    private static final String LABEL_EN = "=HYPERLINK(\"https://evil.example/\",\"click\") " + SCRIPT + " \"&'";

    @TempDir
    static Path temp;

    private static Path site;

    @BeforeAll
    static void buildWithAHostileRow() throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        fixture.append("data/ip-finance/ip-finance.csv",
                "hostile-row," + csvQuoted(LABEL_ZH) + "," + csvQuoted(LABEL_EN) + ",1000000,yuan,,p5\n");
        site = temp.resolve("out");
        SiteFixture.Run run = fixture.build("--out", site.toString(), "--strict");
        assertEquals(0, run.exitCode(), run.err());
    }

    private static String csvQuoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** No element from the data: the only scripts of a page are its JSON-LD descriptions. */
    private static void assertNoInjectedMarkup(Document page, String path) {
        assertTrue(page.select("main script, main img, main iframe").isEmpty(), path);
        for (Element script : page.select("script")) {
            assertEquals("application/ld+json", script.attr("type"), path + ": " + script.outerHtml());
        }
    }

    @Test
    void datasetPageShowsTheLabelsAsText() throws IOException {
        for (String lang : List.of("zh", "en")) {
            String path = lang + "/data/ip-finance/index.html";
            Document page = SiteFixture.page(site, path);
            assertNoInjectedMarkup(page, path);
            Element row = page.selectFirst("main table.data-table tr:has(td.num[data-value=1000000])");
            assertNotNull(row, path);
            assertEquals(lang.equals("zh") ? LABEL_ZH : LABEL_EN, row.selectFirst("th[scope=row]").text(), path);
            Element desc = page.selectFirst("main svg[role=img] desc");
            assertTrue(desc.text().contains(lang.equals("zh") ? LABEL_ZH : LABEL_EN), path + ": " + desc.text());
        }
    }

    @Test
    void chapterIndicatorTableShowsTheLabelsAsText() throws IOException {
        for (String lang : List.of("zh", "en")) {
            String path = lang + "/whitepaper/03-use-and-financing/index.html";
            Document page = SiteFixture.page(site, path);
            assertNoInjectedMarkup(page, path);
            Element figure = page.selectFirst("main div.indicator#indicator-ip-finance");
            Element row = figure.selectFirst("table.data-table tr:has(td.num[data-value=1000000])");
            assertEquals(lang.equals("zh") ? LABEL_ZH : LABEL_EN, row.selectFirst("th[scope=row]").text(), path);
            assertTrue(figure.selectFirst("svg desc").text().contains(lang.equals("zh") ? LABEL_ZH : LABEL_EN), path);
        }
        String raw = Files.readString(site.resolve("en/whitepaper/03-use-and-financing/index.html"), StandardCharsets.UTF_8);
        assertFalse(raw.contains(SCRIPT), "the markup must be escaped in the file itself");
    }

    @Test
    void csvDownloadDefusesTheFormulaAndKeepsTheMarkupAsWritten() throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve("data/ip-finance/ip-finance.csv"));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String[]> records = OpenDataSiteTest.csvRecords(text);
        String[] hostile = records.stream().filter(r -> r[0].equals("hostile-row")).findFirst().orElseThrow();
        assertEquals(LABEL_ZH, hostile[1]);
        assertEquals("'" + LABEL_EN, hostile[2], "a cell starting with = is prefixed with ' so spreadsheets show it as text");
        assertEquals("1000000", hostile[3], "numbers are never prefixed");
    }

    @Test
    void jsonDownloadKeepsTheOriginalText() throws IOException {
        JsonNode rows = OpenDataSiteTest.exactJson().readTree(site.resolve("data/ip-finance/ip-finance.json").toFile());
        JsonNode hostile = rows.get(rows.size() - 1);
        assertEquals("hostile-row", hostile.path("id").asText());
        assertEquals(LABEL_ZH, hostile.path("label_zh").textValue());
        assertEquals(LABEL_EN, hostile.path("label_en").textValue());
    }
}
