package org.ipwp.opendata;

import static org.ipwp.opendata.OpenDataFixtures.SUB_PATH_BASE;
import static org.ipwp.opendata.OpenDataFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetSource;
import org.ipwp.data.Field;
import org.ipwp.data.FieldConstraints;
import org.ipwp.data.FieldType;
import org.ipwp.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class PublishedDataPackageTest {

    private final Dataset dataset = OpenDataFixtures.indicators();
    private final DownloadFile csv = new CsvDownload().write(dataset);
    private final DownloadFile json = new JsonDownload().write(dataset);

    private JsonNode descriptor(Dataset dataset, URI baseUrl) {
        DownloadFile csv = new CsvDownload().write(dataset);
        DownloadFile json = new JsonDownload().write(dataset);
        return parse(new PublishedDataPackage().write(dataset, csv, json, baseUrl).bytes());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void isNamedDatapackageJson() {
        DownloadFile file = new PublishedDataPackage().write(dataset, csv, json, SUB_PATH_BASE);

        assertEquals("datapackage.json", file.name());
        assertEquals("application/json", file.mediaType());
        assertTrue(new String(file.bytes(), StandardCharsets.UTF_8).endsWith("}\n"));
    }

    @Test
    void describesThePackageInBothLanguages() {
        JsonNode root = descriptor(dataset, SUB_PATH_BASE);

        assertEquals("data-package", root.get("profile").textValue());
        assertEquals("indicators", root.get("name").textValue());
        assertEquals("https://example.org/ipr/data/indicators/", root.get("id").textValue());
        assertEquals("测试数据 indicators", root.get("title").textValue());
        assertEquals("Test data indicators", root.get("title_en").textValue());
        assertEquals("用于测试的数据。", root.get("description").textValue());
        assertEquals("Data for tests.", root.get("description_en").textValue());
        assertEquals("https://example.org/ipr/zh/data/indicators/", root.get("homepage").textValue());
        assertEquals("https://example.org/ipr/en/data/indicators/", root.get("homepage_en").textValue());
        assertEquals("2020-03-31", root.get("updated").textValue());
        assertEquals("CC-BY-4.0", root.at("/licenses/0/name").textValue());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", root.at("/licenses/0/path").textValue());
    }

    @Test
    void linksSourcesToTheArchivedLetterUnderTheBaseUrl() {
        JsonNode sources = descriptor(dataset, SUB_PATH_BASE).get("sources");

        assertEquals("渝市监函〔2020〕155号", sources.at("/0/title").textValue());
        assertEquals("Reply letter No. 155", sources.at("/0/title_en").textValue());
        assertEquals("https://example.org/ipr/zh/letters/2020/yushijianhan-155/", sources.at("/0/path").textValue());
    }

    @Test
    void leavesOutThePathOfASourceWithoutLetter() {
        Dataset noLetter = OpenDataFixtures.dataset("demo", List.of(OpenDataFixtures.field("id", FieldType.STRING)),
                List.of(List.of("a")), List.of(new DatasetSource(new LocalizedText("年报", "Annual report"), "")));

        JsonNode source = descriptor(noLetter, SUB_PATH_BASE).at("/sources/0");

        assertEquals("年报", source.get("title").textValue());
        assertFalse(source.has("path"));
    }

    @Test
    void refusesALetterReferenceThatCouldLeaveTheSite() {
        Dataset escaping = OpenDataFixtures.dataset("demo", List.of(OpenDataFixtures.field("id", FieldType.STRING)),
                List.of(List.of("a")), List.of(new DatasetSource(new LocalizedText("x", "x"), "https://evil.example/")));

        assertThrows(IllegalArgumentException.class, () -> descriptor(escaping, SUB_PATH_BASE));
    }

    @Test
    void describesTheCsvWithItsSizeAndSha256() throws NoSuchAlgorithmException {
        JsonNode resource = descriptor(dataset, SUB_PATH_BASE).at("/resources/0");

        assertEquals("tabular-data-resource", resource.get("profile").textValue());
        assertEquals("indicators", resource.get("name").textValue());
        assertEquals("indicators.csv", resource.get("path").textValue());
        assertEquals("csv", resource.get("format").textValue());
        assertEquals("text/csv", resource.get("mediatype").textValue());
        assertEquals("utf-8", resource.get("encoding").textValue());
        assertEquals(csv.bytes().length, resource.get("bytes").longValue());
        assertEquals("sha256:" + sha256(csv.bytes()), resource.get("hash").textValue());
        assertTrue(resource.get("description_en").textValue().contains("byte-order mark"));
    }

    @Test
    void describesTheJsonWithItsSizeSha256AndTheSameSchema() throws NoSuchAlgorithmException {
        JsonNode root = descriptor(dataset, SUB_PATH_BASE);
        JsonNode resource = root.at("/resources/1");

        assertEquals(2, root.get("resources").size());
        assertEquals("data-resource", resource.get("profile").textValue());
        assertEquals("indicators-json", resource.get("name").textValue());
        assertEquals("indicators.json", resource.get("path").textValue());
        assertEquals("json", resource.get("format").textValue());
        assertEquals("application/json", resource.get("mediatype").textValue());
        assertEquals(json.bytes().length, resource.get("bytes").longValue());
        assertEquals("sha256:" + sha256(json.bytes()), resource.get("hash").textValue());
        assertEquals(root.at("/resources/0/schema"), resource.get("schema"));
    }

    @Test
    void carriesTheTableSchemaWithTitlesUnitsConstraintsAndPrimaryKey() {
        JsonNode schema = descriptor(dataset, SUB_PATH_BASE).at("/resources/0/schema");

        JsonNode id = schema.at("/fields/0");
        assertEquals("id", id.get("name").textValue());
        assertEquals("string", id.get("type").textValue());
        assertEquals("指标代码", id.get("title").textValue());
        assertEquals("Indicator code", id.get("title_en").textValue());
        assertTrue(id.at("/constraints/required").booleanValue());
        assertTrue(id.at("/constraints/unique").booleanValue());
        assertEquals("^[a-z0-9]+(-[a-z0-9]+)*$", id.at("/constraints/pattern").textValue());
        assertFalse(id.has("unit"));

        assertFalse(schema.at("/fields/1").has("constraints"), "no empty constraints object");

        JsonNode value = schema.at("/fields/2");
        assertEquals("number", value.get("type").textValue());
        assertEquals("yuan", value.get("unit").textValue());
        assertTrue(value.at("/constraints/minimum").isNumber());
        assertEquals(0, BigDecimal.ZERO.compareTo(value.at("/constraints/minimum").decimalValue()));
        assertEquals(0, new BigDecimal("10000000000").compareTo(value.at("/constraints/maximum").decimalValue()));
        assertTrue(value.at("/constraints/required").booleanValue());
        assertFalse(value.at("/constraints").has("unique"), "false flags are left out");

        JsonNode values = schema.at("/fields/3/constraints/enum");
        assertEquals(List.of("piece", "yuan"), List.of(values.get(0).textValue(), values.get(1).textValue()));
        assertEquals(2, values.size());
        assertEquals("id", schema.at("/primaryKey/0").textValue());
        assertEquals(1, schema.get("primaryKey").size());
    }

    @Test
    void writesTheMaximumAsPlainDigits() {
        String text = new String(new PublishedDataPackage().write(dataset, csv, json, SUB_PATH_BASE).bytes(),
                StandardCharsets.UTF_8);

        assertTrue(text.contains("\"maximum\": 10000000000"), text);
    }

    @Test
    void writesEnumValuesOfANumericFieldAsNumbers() {
        Dataset ranks = OpenDataFixtures.dataset("ranks", List.of(new Field("rank", FieldType.INTEGER,
                        new LocalizedText("位次", "Rank"),
                        new FieldConstraints(false, false, null, null, null, List.of("1", "2")), null)),
                List.of(List.of("1")));

        JsonNode values = descriptor(ranks, SUB_PATH_BASE).at("/resources/0/schema/fields/0/constraints/enum");

        assertTrue(values.get(0).isIntegralNumber());
        assertEquals(2, values.get(1).intValue());
    }

    @Test
    void isDeterministic() {
        PublishedDataPackage writer = new PublishedDataPackage();

        assertArrayEquals(writer.write(dataset, csv, json, SUB_PATH_BASE).bytes(),
                new PublishedDataPackage().write(dataset, new CsvDownload().write(dataset),
                        new JsonDownload().write(dataset), SUB_PATH_BASE).bytes());
    }

    @Test
    void theRealKeyIndicatorsKeepTheirSourceMetadata() {
        Dataset real = OpenDataFixtures.realDataset("key-indicators");

        JsonNode root = descriptor(real, URI.create("https://ipwp.example.gov.cn/"));

        assertEquals("重庆市知识产权主要指标", root.get("title").textValue());
        assertEquals("https://ipwp.example.gov.cn/zh/letters/2020/yushijianhan-155/", root.at("/sources/0/path").textValue());
        assertEquals(real.fields().size(), root.at("/resources/0/schema/fields").size());
        assertEquals(13, root.at("/resources/0/schema/fields/4/constraints/enum").size());
        assertEquals("", root.at("/resources/0/schema/fields/5/constraints/enum/0").textValue());
    }
}
