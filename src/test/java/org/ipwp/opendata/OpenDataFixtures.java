package org.ipwp.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipwp.config.GovernmentSiteIdentity;
import org.ipwp.config.SiteConfig;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetReader;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.DatasetSource;
import org.ipwp.data.Field;
import org.ipwp.data.FieldConstraints;
import org.ipwp.data.FieldType;
import org.ipwp.data.Unit;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.ipwp.i18n.LocalizedText;

/** Datasets and a site configuration for the open-data tests. */
final class OpenDataFixtures {

    /** A base URL with a sub-path, as on a shared host. */
    static final URI SUB_PATH_BASE = URI.create("https://example.org/ipr/");

    private OpenDataFixtures() {
    }

    static Field field(String name, FieldType type) {
        return new Field(name, type, new LocalizedText(name + "（中文）", name + " (English)"), FieldConstraints.none(), null);
    }

    static Dataset dataset(String id, List<Field> fields, List<List<String>> rows) {
        return dataset(id, fields, rows, List.of(new DatasetSource(
                new LocalizedText("渝市监函〔2020〕155号", "Reply letter No. 155"), "2020/yushijianhan-155")));
    }

    static Dataset dataset(String id, List<Field> fields, List<List<String>> rows, List<DatasetSource> sources) {
        List<DatasetRow> datasetRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            datasetRows.add(new DatasetRow(i + 2, rows.get(i)));
        }
        return new Dataset(id, new LocalizedText("测试数据 " + id, "Test data " + id),
                new LocalizedText("用于测试的数据。", "Data for tests."), LocalDate.of(2020, 3, 31),
                new LocalizedText("重庆市", "Chongqing"), "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
                sources, "data/" + id + "/" + id + ".csv", fields, List.of(fields.get(0).name()), datasetRows);
    }

    /** Indicators in the shape of data/key-indicators: id, label, value (number, yuan), unit. */
    static Dataset indicators() {
        List<Field> fields = List.of(
                new Field("id", FieldType.STRING, new LocalizedText("指标代码", "Indicator code"),
                        new FieldConstraints(true, true, null, null, Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$"), null), null),
                field("label_zh", FieldType.STRING),
                new Field("value", FieldType.NUMBER, new LocalizedText("数值", "Value"),
                        new FieldConstraints(true, false, BigDecimal.ZERO, new BigDecimal("10000000000"), null, null), Unit.YUAN),
                new Field("unit", FieldType.STRING, new LocalizedText("单位", "Unit"),
                        new FieldConstraints(false, false, null, null, null, List.of("piece", "yuan")), null));
        return dataset("indicators", fields, List.of(
                List.of("ip-pledge", "知识产权质押融资", "3886000000", "yuan"),
                List.of("valid-trademarks", "有效注册商标", "502200", "piece"),
                List.of("share", "占比", "0.10", "")));
    }

    static SiteConfig site(URI baseUrl) {
        return new SiteConfig(baseUrl,
                new LocalizedText("重庆市知识产权保护白皮书", "Chongqing IP Protection White Paper"),
                new LocalizedText("重庆市市场监督管理局", "Chongqing Municipal Administration for Market Regulation"),
                new GovernmentSiteIdentity("5000000000", "example.org", "渝ICP备00000000号", "https://beian.miit.gov.cn/",
                        "渝公网安备50000000000000号", "https://www.beian.gov.cn/"),
                new LocalizedText("电话 023-00000000", "Tel. +86 23 0000 0000"), "ipwp@example.org");
    }

    /** Every dataset of the repository's {@code data/} folder, read and validated. */
    static List<Dataset> realDatasets() {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Diagnostics diagnostics = new Diagnostics();
        DatasetReader reader = new DatasetReader(diagnostics);
        List<Dataset> datasets = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root.resolve("data"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Dataset dataset = reader.read(folder, root);
                assertNotNull(dataset, () -> folder + ": " + diagnostics.sorted().stream().map(Diagnostic::format).toList());
                datasets.add(dataset);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
        return datasets;
    }

    static Dataset realDataset(String id) {
        return realDatasets().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /** A reader that keeps every JSON number as written (BigDecimal, no float rounding). */
    static ObjectMapper exactJson() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .build();
    }

    static JsonNode parse(byte[] bytes) {
        try {
            return exactJson().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return exactJson().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
