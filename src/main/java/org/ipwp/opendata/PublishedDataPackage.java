package org.ipwp.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetSource;
import org.ipwp.data.Field;
import org.ipwp.data.FieldConstraints;
import org.ipwp.i18n.Language;
import org.ipwp.i18n.LocalizedText;

/**
 * Writes the published {@code datapackage.json}: a Frictionless Data Package (v1) describing the
 * two downloads next to it, with their sizes and SHA-256 hashes. Bilingual text follows the
 * repository's convention: the standard key in Chinese, an {@code _en} sibling in English.
 *
 * <p>Spec choices, each for a reason:
 * <ul>
 * <li>The package profile is {@code data-package}, not {@code tabular-data-package}: v1 allows a
 *     tabular data resource only as CSV or inline data, and the package also lists the JSON file.
 *     The CSV is a {@code tabular-data-resource}; the JSON is a {@code data-resource} that carries the
 *     same Table Schema so its keys and types are documented too.</li>
 * <li>{@code encoding} is {@code utf-8}: the IANA name of what the file is. The BOM is UTF-8's own
 *     signature; Frictionless tools read it as {@code utf-8-sig}, and the resource description says
 *     it is there.</li>
 * <li>{@code hash} is {@code sha256:<hex>}: v1 takes MD5 for an unprefixed hash and names any other
 *     algorithm in a prefix.</li>
 * <li>{@code updated} is the date the figures stand at, as in the source descriptor; there is no
 *     {@code created}, since v1 wants a date-time there and all we know is a date.</li>
 * </ul>
 */
public final class PublishedDataPackage {

    private static final LocalizedText CSV_DESCRIPTION = new LocalizedText(
            "CSV 表格：UTF-8 编码，带字节顺序标记（BOM）以便 Excel 正确显示中文；行尾为 CRLF。"
                    + "以 = + - @、制表符或回车开头的文本单元格前加了单引号（'），以免电子表格将其当作公式执行；"
                    + "数值列从不改动。JSON 文件保留原文。",
            "The table as CSV: UTF-8 with a byte-order mark so that Excel shows the Chinese text; CRLF line ends. "
                    + "Text cells starting with = + - @, TAB or CR carry a leading apostrophe (') so that spreadsheets "
                    + "do not run them as formulas; numeric columns are never changed. The JSON file keeps the original text.");
    private static final LocalizedText JSON_DESCRIPTION = new LocalizedText(
            "同一表格的 JSON 版本：按行排列的对象数组，键的顺序与表结构一致；数值为 JSON 数字，空单元格为 null。",
            "The same table as JSON: an array of row objects, keys in schema order; numbers are JSON numbers, "
                    + "empty cells are null.");

    private final JsonOutput output = new JsonOutput();

    /**
     * @param csv     the CSV download of {@code dataset}, as written by {@link CsvDownload}
     * @param json    the JSON download of {@code dataset}, as written by {@link JsonDownload}
     * @param baseUrl the site's base URL, for the absolute links (id, pages, source letters)
     */
    public DownloadFile write(Dataset dataset, DownloadFile csv, DownloadFile json, URI baseUrl) {
        PublishedLayout layout = new PublishedLayout(baseUrl);
        ObjectNode root = JsonOutput.NODES.objectNode();
        root.put("profile", "data-package");
        root.put("id", layout.datasetIri(dataset.id()).toString());
        root.put("name", dataset.id());
        bilingual(root, "title", dataset.title());
        bilingual(root, "description", dataset.description());
        root.put("homepage", layout.datasetPage(dataset.id(), Language.ZH).toString());
        root.put("homepage_en", layout.datasetPage(dataset.id(), Language.EN).toString());
        bilingual(root, "coverage", dataset.coverage());
        if (dataset.updated() != null) {
            root.put("updated", dataset.updated().toString());
        }
        ObjectNode license = root.putArray("licenses").addObject();
        license.put("name", dataset.licenseName());
        license.put("path", dataset.licenseUrl());
        ArrayNode sources = root.putArray("sources");
        for (DatasetSource source : dataset.sources()) {
            ObjectNode node = sources.addObject();
            bilingual(node, "title", source.title());
            if (!source.letter().isEmpty()) {
                node.put("path", layout.letterPage(source.letter(), Language.ZH).toString());
            }
        }
        ArrayNode resources = root.putArray("resources");
        resource(resources.addObject(), "tabular-data-resource", dataset.id(), csv, "csv", CSV_DESCRIPTION, dataset);
        resource(resources.addObject(), "data-resource", dataset.id() + "-json", json, "json", JSON_DESCRIPTION, dataset);
        return new DownloadFile("datapackage.json", JsonDownload.MEDIA_TYPE, output.bytes(root));
    }

    private static void resource(ObjectNode resource, String profile, String name, DownloadFile file, String format,
                                 LocalizedText description, Dataset dataset) {
        resource.put("profile", profile);
        resource.put("name", name);
        resource.put("path", file.name());
        bilingual(resource, "description", description);
        resource.put("format", format);
        resource.put("mediatype", file.mediaType());
        resource.put("encoding", "utf-8");
        resource.put("bytes", file.size());
        resource.put("hash", "sha256:" + file.sha256());
        resource.set("schema", schema(dataset));
    }

    private static ObjectNode schema(Dataset dataset) {
        ObjectNode schema = JsonOutput.NODES.objectNode();
        ArrayNode fields = schema.putArray("fields");
        for (Field field : dataset.fields()) {
            ObjectNode node = fields.addObject();
            node.put("name", field.name());
            node.put("type", field.type().schemaName());
            bilingual(node, "title", field.title());
            if (field.unit() != null) {
                node.put("unit", field.unit().code());
            }
            ObjectNode constraints = constraints(field);
            if (!constraints.isEmpty()) {
                node.set("constraints", constraints);
            }
        }
        if (!dataset.primaryKey().isEmpty()) {
            ArrayNode primaryKey = schema.putArray("primaryKey");
            dataset.primaryKey().forEach(primaryKey::add);
        }
        return schema;
    }

    private static ObjectNode constraints(Field field) {
        FieldConstraints source = field.constraints();
        ObjectNode constraints = JsonOutput.NODES.objectNode();
        if (source == null) {
            return constraints;
        }
        if (source.required()) {
            constraints.put("required", true);
        }
        if (source.unique()) {
            constraints.put("unique", true);
        }
        if (source.minimum() != null) {
            constraints.set("minimum", JsonOutput.exactDecimal(source.minimum()));
        }
        if (source.maximum() != null) {
            constraints.set("maximum", JsonOutput.exactDecimal(source.maximum()));
        }
        if (source.pattern() != null) {
            constraints.put("pattern", source.pattern().pattern());
        }
        if (source.enumeration() != null) {
            // Table Schema wants enum values of the field's type (numbers for a number field); an
            // empty value stays "" as in the source, where it allows an empty cell.
            ArrayNode values = constraints.putArray("enum");
            source.enumeration().forEach(value -> values.add(value.isEmpty()
                    ? JsonOutput.NODES.textNode(value) : JsonDownload.typed(field.type(), value)));
        }
        return constraints;
    }

    private static void bilingual(ObjectNode node, String key, LocalizedText text) {
        node.put(key, text.zh());
        node.put(key + "_en", text.en());
    }
}
