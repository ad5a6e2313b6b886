package org.ipwp.opendata;

import static org.ipwp.opendata.OpenDataFixtures.SUB_PATH_BASE;
import static org.ipwp.opendata.OpenDataFixtures.field;
import static org.ipwp.opendata.OpenDataFixtures.parse;
import static org.ipwp.opendata.OpenDataFixtures.site;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.Dataset;
import org.ipwp.data.FieldType;
import org.junit.jupiter.api.Test;

class DcatCatalogTest {

    private final DatasetDownloads downloads = new DatasetDownloads();

    private Map<String, List<DownloadFile>> downloadsOf(List<Dataset> datasets, SiteConfig site) {
        Map<String, List<DownloadFile>> byId = new LinkedHashMap<>();
        datasets.forEach(dataset -> byId.put(dataset.id(), downloads.of(dataset, site.baseUrl())));
        return byId;
    }

    private JsonNode catalog(List<Dataset> datasets, SiteConfig site) {
        return parse(new DcatCatalog().write(datasets, downloadsOf(datasets, site), site).bytes());
    }

    private static Dataset small(String id) {
        return OpenDataFixtures.dataset(id, List.of(field("id", FieldType.STRING)), List.of(List.of("a")));
    }

    private static List<String> values(JsonNode array, String key) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(key).asText()));
        return values;
    }

    @Test
    void isNamedCatalogJsonldAndServedAsJsonLd() {
        SiteConfig site = site(SUB_PATH_BASE);
        DownloadFile file = new DcatCatalog().write(List.of(small("a")), downloadsOf(List.of(small("a")), site), site);

        assertEquals("catalog.jsonld", file.name());
        assertEquals("application/ld+json", file.mediaType());
    }

    @Test
    void usesAnInlineContextWithTheStandardNamespaces() {
        JsonNode context = catalog(List.of(small("a")), site(SUB_PATH_BASE)).get("@context");

        assertTrue(context.isObject(), "an inline context, not a URL to fetch");
        assertEquals("http://www.w3.org/ns/dcat#", context.get("dcat").textValue());
        assertEquals("http://purl.org/dc/terms/", context.get("dct").textValue());
        assertEquals("http://xmlns.com/foaf/0.1/", context.get("foaf").textValue());
        assertEquals("http://www.w3.org/2006/vcard/ns#", context.get("vcard").textValue());
    }

    @Test
    void describesTheCatalogueInBothLanguages() {
        JsonNode catalog = catalog(List.of(small("a")), site(SUB_PATH_BASE));

        assertEquals("dcat:Catalog", catalog.get("@type").textValue());
        assertEquals("https://example.org/ipr/data/", catalog.get("@id").textValue());
        assertEquals(List.of("zh-CN", "en"), values(catalog.get("dct:title"), "@language"));
        assertEquals("重庆市知识产权保护白皮书开放数据", catalog.at("/dct:title/0/@value").textValue());
        assertEquals(List.of("重庆市市场监督管理局", "Chongqing Municipal Administration for Market Regulation"),
                values(catalog.at("/dct:publisher/foaf:name"), "@value"));
        assertEquals("https://example.org/ipr/", catalog.at("/foaf:homepage/@id").textValue());
        assertEquals("mailto:ipwp@example.org", catalog.at("/dcat:contactPoint/vcard:hasEmail/@id").textValue());
        assertEquals(List.of("https://example.org/ipr/zh/data/", "https://example.org/ipr/en/data/"),
                values(catalog.get("dcat:landingPage"), "@id"));
    }

    @Test
    void listsEveryDatasetSortedById() {
        JsonNode catalog = catalog(List.of(small("talent"), small("awards"), small("key-indicators")), site(SUB_PATH_BASE));

        assertEquals(List.of("awards", "key-indicators", "talent"), values(catalog.get("dcat:dataset"), "dct:identifier"));
        assertEquals(List.of("https://example.org/ipr/data/awards/", "https://example.org/ipr/data/key-indicators/",
                "https://example.org/ipr/data/talent/"), values(catalog.get("dcat:dataset"), "@id"));
    }

    @Test
    void describesADatasetWithTitlesDateLicencePagesAndSource() {
        JsonNode dataset = catalog(List.of(small("a")), site(SUB_PATH_BASE)).at("/dcat:dataset/0");

        assertEquals("dcat:Dataset", dataset.get("@type").textValue());
        assertEquals(List.of("测试数据 a", "Test data a"), values(dataset.get("dct:title"), "@value"));
        assertEquals(List.of("zh-CN", "en"), values(dataset.get("dct:description"), "@language"));
        assertEquals("2020-03-31", dataset.at("/dct:modified/@value").textValue());
        assertEquals("xsd:date", dataset.at("/dct:modified/@type").textValue());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", dataset.at("/dct:license/@id").textValue());
        assertEquals(List.of("https://example.org/ipr/zh/data/a/", "https://example.org/ipr/en/data/a/"),
                values(dataset.get("dcat:landingPage"), "@id"));
        assertEquals("https://example.org/ipr/zh/letters/2020/yushijianhan-155/", dataset.at("/dct:source/0/@id").textValue());
        assertEquals("_:publisher", dataset.at("/dct:publisher/@id").textValue());
    }

    @Test
    void offersTheThreeDownloadsWithAbsoluteUrlsUnderTheSubPath() {
        SiteConfig site = site(SUB_PATH_BASE);
        Dataset dataset = OpenDataFixtures.indicators();
        List<DownloadFile> files = downloads.of(dataset, site.baseUrl());

        JsonNode distributions = parse(new DcatCatalog().write(List.of(dataset), Map.of("indicators", files), site).bytes())
                .at("/dcat:dataset/0/dcat:distribution");

        List<String> urls = new ArrayList<>();
        distributions.forEach(distribution -> urls.add(distribution.at("/dcat:downloadURL/@id").textValue()));
        assertEquals(List.of("https://example.org/ipr/data/indicators/indicators.csv",
                "https://example.org/ipr/data/indicators/indicators.json",
                "https://example.org/ipr/data/indicators/datapackage.json"), urls);
        for (int i = 0; i < files.size(); i++) {
            JsonNode distribution = distributions.get(i);
            DownloadFile file = files.get(i);
            String url = "https://example.org/ipr/data/indicators/" + file.name();
            assertEquals(url, distribution.at("/dcat:downloadURL/@id").textValue());
            assertEquals(url, distribution.at("/dcat:accessURL/@id").textValue());
            assertEquals("https://www.iana.org/assignments/media-types/" + file.mediaType(),
                    distribution.at("/dcat:mediaType/@id").textValue());
            assertEquals(file.size(), distribution.at("/dcat:byteSize/@value").longValue());
            assertEquals(file.sha256(), distribution.at("/spdx:checksum/spdx:checksumValue/@value").textValue());
        }
        assertEquals("https://specs.frictionlessdata.io/data-package/",
                distributions.at("/2/dct:conformsTo/@id").textValue());
    }

    @Test
    void givesTheLatestDatasetDateAsTheCatalogueDate() {
        Dataset older = small("older");
        Dataset newer = new Dataset("newer", older.title(), older.description(), LocalDate.of(2021, 6, 1),
                older.coverage(), older.licenseName(), older.licenseUrl(), older.sources(), older.csvPath(),
                older.fields(), older.primaryKey(), older.rows());

        assertEquals("2021-06-01", catalog(List.of(older, newer), site(SUB_PATH_BASE)).at("/dct:modified/@value").textValue());
    }

    @Test
    void leavesOutTheContactPointWithoutEmail() {
        SiteConfig site = site(SUB_PATH_BASE);
        SiteConfig noEmail = new SiteConfig(site.baseUrl(), site.siteName(), site.sponsor(), site.identity(),
                site.contact(), "");

        JsonNode catalog = catalog(List.of(small("a")), noEmail);

        assertFalse(catalog.has("dcat:contactPoint"));
        assertFalse(catalog.at("/dcat:dataset/0").has("dcat:contactPoint"));
    }

    @Test
    void refusesADatasetWithoutDownloads() {
        SiteConfig site = site(SUB_PATH_BASE);

        assertThrows(IllegalArgumentException.class,
                () -> new DcatCatalog().write(List.of(small("a"), small("b")), downloadsOf(List.of(small("a")), site), site));
    }

    @Test
    void isDeterministicWhateverTheInputOrder() {
        SiteConfig site = site(SUB_PATH_BASE);
        List<Dataset> datasets = List.of(small("b"), small("a"));

        assertArrayEquals(new DcatCatalog().write(datasets, downloadsOf(datasets, site), site).bytes(),
                new DcatCatalog().write(List.of(small("a"), small("b")), downloadsOf(datasets, site), site).bytes());
    }

    @Test
    void catalogsEveryRealDataset() {
        List<Dataset> real = OpenDataFixtures.realDatasets();

        JsonNode catalog = catalog(real, site(SUB_PATH_BASE));

        assertEquals(real.stream().map(Dataset::id).sorted().toList(), values(catalog.get("dcat:dataset"), "dct:identifier"));
        catalog.get("dcat:dataset").forEach(dataset -> assertEquals(3, dataset.get("dcat:distribution").size()));
    }
}
