package org.ipwp.opendata;

import static org.ipwp.opendata.OpenDataFixtures.SUB_PATH_BASE;
import static org.ipwp.opendata.OpenDataFixtures.parse;
import static org.ipwp.opendata.OpenDataFixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.Dataset;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class SchemaOrgDatasetTest {

    private final SiteConfig site = site(SUB_PATH_BASE);
    private final Dataset dataset = OpenDataFixtures.indicators();
    private final List<DownloadFile> downloads = new DatasetDownloads().of(dataset, SUB_PATH_BASE);

    private String jsonLd(Dataset dataset, Language language) {
        return new SchemaOrgDataset().jsonLd(dataset, language, new DatasetDownloads().of(dataset, SUB_PATH_BASE), site);
    }

    private static Dataset titled(Dataset dataset, String title) {
        return new Dataset(dataset.id(), new LocalizedText(title, title), dataset.description(), dataset.updated(),
                dataset.coverage(), dataset.licenseName(), dataset.licenseUrl(), dataset.sources(), dataset.csvPath(),
                dataset.fields(), dataset.primaryKey(), dataset.rows());
    }

    @Test
    void describesTheDatasetInThePageLanguage() {
        JsonNode node = parse(jsonLd(dataset, Language.ZH));

        assertEquals("https://schema.org", node.get("@context").textValue());
        assertEquals("Dataset", node.get("@type").textValue());
        assertEquals("https://example.org/ipr/data/indicators/", node.get("@id").textValue());
        assertEquals("测试数据 indicators", node.get("name").textValue());
        assertEquals("用于测试的数据。", node.get("description").textValue());
        assertEquals("zh-CN", node.get("inLanguage").textValue());
        assertEquals("https://example.org/ipr/zh/data/indicators/", node.get("url").textValue());
        assertEquals("indicators", node.get("identifier").textValue());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", node.get("license").textValue());
        assertEquals("2020-03-31", node.get("dateModified").textValue());
        assertEquals("https://example.org/ipr/zh/letters/2020/yushijianhan-155/", node.get("isBasedOn").textValue());
        assertEquals("Organization", node.at("/publisher/@type").textValue());
        assertEquals("重庆市市场监督管理局", node.at("/publisher/name").textValue());
        assertEquals("重庆市市场监督管理局", node.at("/creator/name").textValue());
        assertEquals("https://example.org/ipr/zh/data/", node.at("/includedInDataCatalog/url").textValue());
    }

    @Test
    void theEnglishPageUsesEnglishTextAndLinks() {
        JsonNode node = parse(jsonLd(dataset, Language.EN));

        assertEquals("Test data indicators", node.get("name").textValue());
        assertEquals("en", node.get("inLanguage").textValue());
        assertEquals("https://example.org/ipr/en/data/indicators/", node.get("url").textValue());
        assertEquals("https://example.org/ipr/en/letters/2020/yushijianhan-155/", node.get("isBasedOn").textValue());
        assertEquals("Chongqing Municipal Administration for Market Regulation", node.at("/publisher/name").textValue());
    }

    @Test
    void listsEveryDownloadWithAbsoluteUrlSizeAndHash() {
        JsonNode distribution = parse(new SchemaOrgDataset().jsonLd(dataset, Language.ZH, downloads, site))
                .get("distribution");

        assertEquals(3, distribution.size());
        for (int i = 0; i < downloads.size(); i++) {
            DownloadFile file = downloads.get(i);
            JsonNode download = distribution.get(i);
            assertEquals("DataDownload", download.get("@type").textValue());
            assertEquals(file.mediaType(), download.get("encodingFormat").textValue());
            assertEquals("https://example.org/ipr/data/indicators/" + file.name(), download.get("contentUrl").textValue());
            assertEquals(file.size() + " B", download.get("contentSize").textValue());
            assertEquals(file.sha256(), download.get("sha256").textValue());
        }
    }

    @Test
    void aTitleCannotEndTheScriptElement() {
        String title = "</script><script>alert(1)</script><!-- & -->";

        String jsonLd = jsonLd(titled(dataset, title), Language.ZH);

        assertFalse(jsonLd.contains("<"), jsonLd);
        assertFalse(jsonLd.contains(">"), jsonLd);
        assertTrue(jsonLd.contains("\\u003c/script\\u003e"), jsonLd);
        assertEquals(title, parse(jsonLd).get("name").textValue());
    }

    @Test
    void writesChineseAsCharactersAndEscapesLineSeparators() {
        String jsonLd = jsonLd(titled(dataset, "专利\u2028合计"), Language.ZH);

        assertTrue(jsonLd.contains("专利\\u2028合计"), jsonLd);
        assertEquals("专利\u2028合计", parse(jsonLd).get("name").textValue());
    }

    @Test
    void isDeterministic() {
        assertEquals(jsonLd(dataset, Language.EN), jsonLd(dataset, Language.EN));
    }
}
