package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open data of the repository's own site as readers, spreadsheet users and harvesters get
 * it: the catalogue and dataset pages, the downloads and their metadata, and the indicator
 * figures in the chapters. Built once, under a sub-path.
 */
class OpenDataSiteTest {

    static final String BASE = "https://example.org/ipr/";
    private static final List<String> LANGUAGES = List.of("zh", "en");
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/golden/indicator-ip-finance.en.html");

    @TempDir
    static Path temp;

    private static Path site;
    private static Path sourceData;
    private static List<String> datasetIds;

    @BeforeAll
    static void buildRepositorySite() throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        site = temp.resolve("out");
        SiteFixture.Run run = fixture.build("--out", site.toString(), "--base-url", BASE, "--strict");
        assertEquals(0, run.exitCode(), run.err());
        sourceData = fixture.root().resolve("data");
        try (Stream<Path> folders = Files.list(sourceData)) {
            datasetIds = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(9, datasetIds.size(), "the repository has nine datasets: " + datasetIds);
    }

    // ---------------------------------------------------------------- catalogue

    @Test
    void bothCataloguePagesListEveryDatasetWithLinksThatResolve() throws IOException {
        for (String lang : LANGUAGES) {
            String page = lang + "/data/index.html";
            Document catalogue = SiteFixture.page(site, page);
            List<Element> rows = catalogue.select("main table.datasets tbody tr");
            assertEquals(datasetIds.size(), rows.size(), page);
            for (int i = 0; i < rows.size(); i++) {
                String id = datasetIds.get(i);
                Element row = rows.get(i);
                Element title = row.selectFirst("th[scope=row] a");
                assertEquals(site.resolve(lang + "/data/" + id + "/index.html"), target(page, title.attr("href")), page);
                assertEquals(SiteFixture.page(site, lang + "/data/" + id + "/index.html").selectFirst("h1").text(), title.text());
                Element csv = row.selectFirst("a[download]");
                assertEquals(site.resolve("data/" + id + "/" + id + ".csv"), target(page, csv.attr("href")), page);
                assertEquals(String.valueOf(sourceRecords(id).size() - 1), row.selectFirst("td.num").text(), page + " " + id);
            }
            Element dcat = catalogue.selectFirst("main a[type=application/ld+json]");
            assertEquals(site.resolve("data/catalog.jsonld"), target(page, dcat.attr("href")));
        }
    }

    // ---------------------------------------------------------------- the ip-finance dataset page

    @Test
    void datasetPageShowsFiguresFormattedPerLanguage() throws IOException {
        Element zh = SiteFixture.page(site, "zh/data/ip-finance/index.html").selectFirst("main table.data-table td.num[data-value=3886000000]");
        Element en = SiteFixture.page(site, "en/data/ip-finance/index.html").selectFirst("main table.data-table td.num[data-value=3886000000]");
        assertEquals("38.86亿元", zh.text());
        assertEquals("3.886 billion yuan", en.text());
    }

    @Test
    void datasetTableHasCaptionHeadersAndRightAlignedRawValues() throws IOException {
        for (String lang : LANGUAGES) {
            Document page = SiteFixture.page(site, lang + "/data/ip-finance/index.html");
            Element table = page.selectFirst("main table.data-table");
            assertEquals(page.selectFirst("h1").text(), table.selectFirst("caption").text(), lang);
            assertEquals(3, table.select("thead th[scope=col]").size(), lang);
            assertEquals(3, table.select("tbody th[scope=row]").size(), lang);
            assertEquals(List.of("3886000000", "4594000000", "1230000000"), table.select("tbody td.num").eachAttr("data-value"), lang);
        }
        assertEquals(List.of("IP pledge financing (past three years)", "Knowledge-value credit loans (past three years)",
                        "IP capital contributions (past three years)"),
                SiteFixture.page(site, "en/data/ip-finance/index.html").select("table.data-table tbody th[scope=row]").eachText());
    }

    @Test
    void datasetPageChartIsInlineSvgNamedByIdsThatExist() throws IOException {
        for (String lang : LANGUAGES) {
            Document page = SiteFixture.page(site, lang + "/data/ip-finance/index.html");
            Element svg = page.selectFirst("main svg[role=img]");
            assertNotNull(svg, lang);
            assertLabelledByIdsInside(page, svg);
            assertEquals(3, svg.select("rect.chart-bar").size(), lang);
        }
    }

    @Test
    void downloadsTableGivesTheSizeAndHashOfTheActualFiles() throws IOException {
        for (String lang : LANGUAGES) {
            for (String id : datasetIds) {
                String page = lang + "/data/" + id + "/index.html";
                List<Element> rows = SiteFixture.page(site, page).select("main table.downloads tbody tr");
                List<String> names = new ArrayList<>();
                for (Element row : rows) {
                    Element link = row.selectFirst("a[download]");
                    Path file = target(page, link.attr("href"));
                    assertTrue(Files.isRegularFile(file), page + " " + link.attr("href"));
                    names.add(file.getFileName().toString());
                    assertEquals(String.valueOf(Files.size(file)), row.selectFirst("td.num").attr("data-value"), page);
                    assertEquals(sha256(Files.readAllBytes(file)), row.selectFirst("code.hash").text(), page);
                }
                assertEquals(List.of(id + ".csv", id + ".json", "datapackage.json"), names, page);
            }
        }
        Element csvSize = SiteFixture.page(site, "en/data/ip-finance/index.html").selectFirst("table.downloads tbody td.num");
        assertEquals(Files.size(site.resolve("data/ip-finance/ip-finance.csv")) + " bytes", csvSize.text());
    }

    @Test
    void datasetPageHeadCarriesSchemaOrgDatasetJsonLd() throws IOException {
        for (String lang : LANGUAGES) {
            for (String id : datasetIds) {
                Document page = SiteFixture.page(site, lang + "/data/" + id + "/index.html");
                List<Element> scripts = page.select("head script[type=application/ld+json]");
                assertEquals(1, scripts.size(), lang + " " + id);
                JsonNode json = exactJson().readTree(scripts.get(0).data());
                assertEquals("Dataset", json.path("@type").asText());
                assertEquals("https://schema.org", json.path("@context").asText());
                assertEquals(page.selectFirst("h1").text(), json.path("name").asText());
                assertEquals(BASE + lang + "/data/" + id + "/", json.path("url").asText());
                assertEquals(BASE + lang + "/letters/2020/yushijianhan-155/", json.path("isBasedOn").asText());
                assertEquals(3, json.path("distribution").size());
                for (JsonNode download : json.path("distribution")) {
                    Path file = downloadFile(download.path("contentUrl").asText());
                    assertEquals(sha256(Files.readAllBytes(file)), download.path("sha256").asText());
                    assertEquals(Files.size(file) + " B", download.path("contentSize").asText());
                }
            }
        }
    }

    @Test
    void fieldDictionaryListsTheSchemaFields() throws IOException {
        JsonNode fields = exactJson().readTree(sourceData.resolve("ip-finance/datapackage.json").toFile())
                .path("resources").path(0).path("schema").path("fields");
        List<String> names = new ArrayList<>();
        List<String> titlesEn = new ArrayList<>();
        fields.forEach(field -> {
            names.add(field.path("name").asText());
            titlesEn.add(field.path("title_en").asText());
        });
        for (String lang : LANGUAGES) {
            Element table = SiteFixture.page(site, lang + "/data/ip-finance/index.html").selectFirst("main table.fields");
            assertEquals(names, table.select("tbody th[scope=row] code").eachText(), lang);
        }
        Element en = SiteFixture.page(site, "en/data/ip-finance/index.html").selectFirst("main table.fields");
        assertEquals(titlesEn, en.select("tbody tr > td:eq(1)").eachText());
        assertEquals(List.of("id", "label_zh", "label_en", "value", "unit", "qualifier", "paragraph"), names);
        Element value = en.select("tbody tr").get(3);
        assertEquals(List.of("Value", "number", "given in the unit column", "required; at least 0"), value.select("td").eachText());
    }

    @Test
    void quotedInListNamesTheChapterSectionsThatQuoteEachRowInBothLanguages() throws IOException {
        for (String lang : LANGUAGES) {
            String page = lang + "/data/ip-finance/index.html";
            Element row = SiteFixture.page(site, page).selectFirst("main table.quotes tbody tr");
            List<Element> links = row.select("td li a");
            assertEquals(2, links.size(), page + ": the chapter in this language and in the other");
            String chapter = lang + "/whitepaper/03-use-and-financing/index.html";
            assertEquals(site.resolve(chapter), target(page, links.get(0).attr("href").replaceFirst("#.*", "")));
            assertTrue(links.get(0).attr("href").endsWith("#ip-financing"), links.get(0).attr("href"));
            assertTrue(links.get(0).text().startsWith(SiteFixture.page(site, chapter).selectFirst("h1").text() + " › "),
                    links.get(0).text());
        }
        assertEquals("Use of IP and financing › IP financing",
                SiteFixture.page(site, "en/data/ip-finance/index.html").selectFirst("table.quotes td li a").text());
    }

    @Test
    void paragraphSourceLinkLeadsToTheLetterParagraph() throws IOException {
        for (String lang : LANGUAGES) {
            String page = lang + "/data/ip-finance/index.html";
            List<String> hrefs = SiteFixture.page(site, page).select("main table.data-table tbody a").eachAttr("href");
            assertEquals(List.of("../../letters/2020/yushijianhan-155/#p5", "../../letters/2020/yushijianhan-155/#p5",
                    "../../letters/2020/yushijianhan-155/#p5"), hrefs, page);
            Document letter = SiteFixture.page(site, lang + "/letters/2020/yushijianhan-155/index.html");
            assertEquals(site.resolve(lang + "/letters/2020/yushijianhan-155/index.html"), target(page, hrefs.get(0)));
            assertNotNull(letter.getElementById("p5"), lang);
        }
    }

    @Test
    void everyRowOfEveryDatasetLinksAParagraphThatExists() throws IOException {
        for (String lang : LANGUAGES) {
            for (String id : datasetIds) {
                String page = lang + "/data/" + id + "/index.html";
                List<Element> links = SiteFixture.page(site, page).select("main table.data-table tbody a");
                assertEquals(sourceRecords(id).size() - 1, links.size(), page);
                for (Element link : links) {
                    String href = link.attr("href");
                    Document letter = SiteFixture.page(site, site.relativize(target(page, href)).toString());
                    String anchor = href.substring(href.indexOf('#') + 1);
                    assertNotNull(letter.getElementById(anchor), page + " " + href);
                }
            }
        }
    }

    // ---------------------------------------------------------------- downloads

    @Test
    void csvDownloadRoundTripsToTheSourceCsv() throws IOException {
        for (String id : datasetIds) {
            byte[] bytes = Files.readAllBytes(site.resolve("data/" + id + "/" + id + ".csv"));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), id + ": UTF-8 BOM for Excel");
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertFalse(text.startsWith("\uFEFF"), id);
            assertTrue(text.endsWith("\r\n"), id + ": RFC 4180 CRLF record ends");
            List<String[]> published = csvRecords(text);
            List<String[]> source = sourceRecords(id);
            List<String> numeric = numericFields(id);
            assertArrayEquals(source.get(0), published.get(0), id + " header");
            assertEquals(source.size(), published.size(), id + " rows");
            for (int r = 1; r < source.size(); r++) {
                for (int c = 0; c < source.get(0).length; c++) {
                    String expected = source.get(r)[c];
                    String actual = published.get(r)[c];
                    String where = id + " row " + r + " " + source.get(0)[c];
                    if (numeric.contains(source.get(0)[c]) && !expected.isEmpty()) {
                        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), where + ": " + actual);
                    } else {
                        assertEquals(expected, actual, where);
                    }
                }
            }
        }
    }

    @Test
    void jsonDownloadHasTheSourceRowsWithTypedValues() throws IOException {
        for (String id : datasetIds) {
            JsonNode rows = exactJson().readTree(site.resolve("data/" + id + "/" + id + ".json").toFile());
            List<String[]> source = sourceRecords(id);
            List<String> numeric = numericFields(id);
            String[] header = source.get(0);
            assertEquals(source.size() - 1, rows.size(), id);
            for (int r = 1; r < source.size(); r++) {
                JsonNode row = rows.get(r - 1);
                List<String> keys = new ArrayList<>();
                row.fieldNames().forEachRemaining(keys::add);
                assertEquals(List.of(header), keys, id + ": keys in schema order");
                for (int c = 0; c < header.length; c++) {
                    String expected = source.get(r)[c];
                    JsonNode actual = row.get(header[c]);
                    String where = id + " row " + r + " " + header[c];
                    if (expected.isEmpty()) {
                        assertTrue(actual.isNull(), where + ": an empty cell is null, got " + actual);
                    } else if (numeric.contains(header[c])) {
                        assertTrue(actual.isNumber(), where + ": " + actual);
                        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), where + ": " + actual);
                    } else {
                        assertEquals(expected, actual.textValue(), where);
                    }
                }
            }
        }
    }

    @Test
    void publishedDataPackageGivesTheBytesAndHashOfItsFiles() throws IOException {
        for (String id : datasetIds) {
            Path folder = site.resolve("data/" + id);
            JsonNode dataPackage = exactJson().readTree(folder.resolve("datapackage.json").toFile());
            assertEquals(id, dataPackage.path("name").asText());
            assertEquals(BASE + "data/" + id + "/", dataPackage.path("id").asText());
            List<String> paths = new ArrayList<>();
            for (JsonNode resource : dataPackage.path("resources")) {
                Path file = folder.resolve(resource.path("path").asText());
                paths.add(resource.path("path").asText());
                assertTrue(Files.isRegularFile(file), id + " " + file);
                assertEquals(Files.size(file), resource.path("bytes").asLong(), id + " " + file.getFileName());
                assertEquals("sha256:" + sha256(Files.readAllBytes(file)), resource.path("hash").asText(), id + " " + file.getFileName());
            }
            assertEquals(List.of(id + ".csv", id + ".json"), paths, id);
        }
    }

    @Test
    void dcatCatalogueListsEveryDatasetWithAbsoluteDownloadsUnderTheBaseUrl() throws IOException {
        JsonNode catalog = exactJson().readTree(site.resolve("data/catalog.jsonld").toFile());
        assertEquals("dcat:Catalog", catalog.path("@type").asText());
        assertEquals(BASE + "data/", catalog.path("@id").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode dataset : catalog.path("dcat:dataset")) {
            String id = dataset.path("dct:identifier").asText();
            ids.add(id);
            assertEquals(BASE + "data/" + id + "/", dataset.path("@id").asText());
            List<String> landing = new ArrayList<>();
            dataset.path("dcat:landingPage").forEach(node -> landing.add(node.path("@id").asText()));
            assertEquals(List.of(BASE + "zh/data/" + id + "/", BASE + "en/data/" + id + "/"), landing);
            List<String> downloads = new ArrayList<>();
            for (JsonNode distribution : dataset.path("dcat:distribution")) {
                String url = distribution.path("dcat:downloadURL").path("@id").asText();
                downloads.add(url);
                assertTrue(url.startsWith("https://example.org/ipr/data/" + id + "/"), url);
                Path file = downloadFile(url);
                assertEquals(Files.size(file), distribution.path("dcat:byteSize").path("@value").asLong(), url);
                assertEquals(sha256(Files.readAllBytes(file)),
                        distribution.path("spdx:checksum").path("spdx:checksumValue").path("@value").asText(), url);
            }
            assertEquals(List.of(BASE + "data/" + id + "/" + id + ".csv", BASE + "data/" + id + "/" + id + ".json",
                    BASE + "data/" + id + "/datapackage.json"), downloads);
        }
        assertEquals(datasetIds, ids);
    }

    // ---------------------------------------------------------------- chapters

    @Test
    void chapterShowsTheIndicatorAsTableAndChartLinkedToTheDataset() throws IOException {
        for (String lang : LANGUAGES) {
            String page = lang + "/whitepaper/03-use-and-financing/index.html";
            Document chapter = SiteFixture.page(site, page);
            Element figure = chapter.selectFirst("main div.indicator#indicator-ip-finance");
            assertNotNull(figure, page);
            assertEquals(3, figure.select("table.data-table tbody tr").size(), page);
            Element svg = figure.selectFirst("svg[role=img]");
            assertNotNull(svg, page);
            assertLabelledByIdsInside(chapter, svg);
            Element link = figure.selectFirst("p.source-note a[href=../../data/ip-finance/]");
            assertNotNull(link, page);
            assertEquals(site.resolve(lang + "/data/ip-finance/index.html"), target(page, link.attr("href")));
            assertEquals(SiteFixture.page(site, lang + "/data/ip-finance/index.html").selectFirst("h1").text(), link.text());
        }
        assertEquals("38.86亿元", SiteFixture.page(site, "zh/whitepaper/03-use-and-financing/index.html")
                .selectFirst("div.indicator td.num[data-value=3886000000]").text());
        assertEquals("3.886 billion yuan", SiteFixture.page(site, "en/whitepaper/03-use-and-financing/index.html")
                .selectFirst("div.indicator td.num[data-value=3886000000]").text());
    }

    @Test
    void indicatorWithRowsShowsOnlyThoseRowsAndNoChartUnlessAsked() throws IOException {
        for (String lang : LANGUAGES) {
            Element figure = SiteFixture.page(site, lang + "/whitepaper/01-overview/index.html")
                    .selectFirst("main div.indicator#indicator-key-indicators");
            assertNotNull(figure, lang);
            assertEquals(List.of("43870", "6988", "502200", "318", "159", "256"),
                    figure.select("tbody td.num").eachAttr("data-value"), lang);
            assertTrue(figure.select("svg").isEmpty(), lang);
        }
    }

    @Test
    void wholeWhitePaperPageKeepsChartIdsUniqueAndResolvable() throws IOException {
        for (String lang : LANGUAGES) {
            String page = lang + "/whitepaper/all/index.html";
            Document all = SiteFixture.page(site, page);
            Set<String> seen = new HashSet<>();
            for (Element element : all.select("[id]")) {
                assertTrue(seen.add(element.id()), page + ": duplicate id " + element.id());
            }
            for (Element labelled : all.select("[aria-labelledby]")) {
                for (String id : labelled.attr("aria-labelledby").split("\\s+")) {
                    assertNotNull(all.getElementById(id), page + ": aria-labelledby names missing id " + id);
                }
            }
            assertEquals(List.of("c1-indicator-key-indicators", "c3-indicator-ip-finance"),
                    all.select("div.indicator").eachAttr("id"), page);
            Element svg = all.selectFirst("div.indicator#c3-indicator-ip-finance svg[role=img]");
            assertEquals("c3-indicator-ip-finance-chart-title c3-indicator-ip-finance-chart-desc", svg.attr("aria-labelledby"));
            assertLabelledByIdsInside(all, svg);
            for (Element link : all.select("div.indicator p.source-note a")) {
                assertTrue(Files.isRegularFile(target(page, link.attr("href"))), page + " " + link.attr("href"));
            }
        }
    }

    @Test
    void englishIndicatorFigureMatchesTheGoldenFile() throws IOException {
        String html = Files.readString(site.resolve("en/whitepaper/03-use-and-financing/index.html"), StandardCharsets.UTF_8);
        int start = html.indexOf("<div class=\"indicator\"");
        assertTrue(start >= 0, "no indicator block in the English chapter 03");
        int end = html.indexOf("</p>\n</div>", start) + "</p>\n</div>".length();
        String figure = html.substring(start, end) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, figure, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(GOLDEN), "missing " + GOLDEN + "; create it with: mvn -o test "
                + "-Dtest=OpenDataSiteTest -Dgolden.update=true");
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), figure,
                "the English indicator figure of chapter 03 differs from " + GOLDEN + ". If the change is intended, review"
                        + " it and regenerate the file with: mvn -o test -Dtest=OpenDataSiteTest -Dgolden.update=true");
    }

    // ---------------------------------------------------------------- helpers

    /** The output file a link on {@code page} leads to (fragment dropped, folder links to their index.html). */
    static Path target(Path site, String page, String href) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        if (path.isEmpty()) {
            return site.resolve(page);
        }
        assertFalse(path.contains("//"), "not a relative link: " + href);
        Path target = site.resolve(page).getParent().resolve(path).normalize();
        assertTrue(target.startsWith(site), href + " leaves the site from " + page);
        return path.endsWith("/") ? target.resolve("index.html") : target;
    }

    private static Path target(String page, String href) {
        return target(site, page, href);
    }

    /** The output file an absolute download URL under {@link #BASE} names. */
    private static Path downloadFile(String url) {
        assertTrue(url.startsWith(BASE), url);
        Path file = site.resolve(url.substring(BASE.length()));
        assertTrue(Files.isRegularFile(file), url);
        return file;
    }

    /** Each {@code aria-labelledby} id of {@code svg} is on exactly one element of the page, inside the svg. */
    static void assertLabelledByIdsInside(Document page, Element svg) {
        String[] ids = svg.attr("aria-labelledby").split("\\s+");
        assertEquals(2, ids.length, svg.attr("aria-labelledby"));
        for (String id : ids) {
            assertEquals(1, page.select("[id=" + id + "]").size(), "id " + id);
            Element named = page.getElementById(id);
            assertTrue(named.parents().contains(svg), "id " + id + " is not inside the chart");
            assertFalse(named.text().isBlank(), "id " + id + " is empty");
        }
    }

    /** The records (header first) of the source CSV {@code data/<id>/<id>.csv}. */
    private static List<String[]> sourceRecords(String id) throws IOException {
        String text = Files.readString(sourceData.resolve(id + "/" + id + ".csv"), StandardCharsets.UTF_8);
        return csvRecords(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The names of the number, integer and year fields of a source dataset. */
    private static List<String> numericFields(String id) throws IOException {
        List<String> names = new ArrayList<>();
        JsonNode fields = exactJson().readTree(sourceData.resolve(id + "/datapackage.json").toFile())
                .path("resources").path(0).path("schema").path("fields");
        for (JsonNode field : fields) {
            if (List.of("number", "integer", "year").contains(field.path("type").asText())) {
                names.add(field.path("name").asText());
            }
        }
        return names;
    }

    /** RFC 4180 records, read with Jackson's CSV parser; blank trailing records dropped. */
    static List<String[]> csvRecords(String text) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<String[]> records = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withoutHeader()).readValues(text)) {
            while (it.hasNextValue()) {
                String[] record = it.nextValue();
                if (!(record.length == 1 && record[0].isEmpty()) && record.length > 0) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    static ObjectMapper exactJson() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
