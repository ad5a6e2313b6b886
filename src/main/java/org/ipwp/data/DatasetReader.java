package org.ipwp.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.i18n.LocalizedText;

/**
 * Reads one dataset folder {@code data/<id>/}: its {@code datapackage.json} (Frictionless Data
 * Package, bilingual by the convention "standard key in Chinese, {@code _en} sibling in English")
 * and its CSV resource, validated against the Table Schema. Reports every problem; returns
 * {@code null} when the dataset cannot be published.
 */
public final class DatasetReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Set<String> PACKAGE_KEYS = Set.of("name", "title", "title_en", "description", "description_en",
            "updated", "coverage", "coverage_en", "licenses", "sources", "resources", "keywords", "keywords_en", "$schema");
    private static final Set<String> RESOURCE_KEYS = Set.of("name", "path", "format", "mediatype", "encoding", "schema",
            "title", "title_en");
    private static final Set<String> FIELD_KEYS = Set.of("name", "type", "title", "title_en", "description",
            "description_en", "constraints", "unit", "zhMagnitude");

    private final Diagnostics diagnostics;
    private final ObjectMapper json = new ObjectMapper();

    public DatasetReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the dataset in {@code folder}.
     *
     * @param folder   the dataset folder
     * @param repoRoot the site root, to make paths repository-relative
     */
    public Dataset read(Path folder, Path repoRoot) throws IOException {
        String id = folder.getFileName().toString();
        Path descriptor = folder.resolve("datapackage.json");
        String descriptorName = relative(repoRoot, descriptor);
        SourcePosition at = SourcePosition.file(descriptorName);
        if (!ID.matcher(id).matches()) {
            diagnostics.error("data.bad-id", SourcePosition.file(relative(repoRoot, folder)),
                    "dataset folder name '" + id + "' must be lower-case letters, digits and hyphens (it becomes the URL)");
            return null;
        }
        if (!Files.isRegularFile(descriptor, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error("data.missing-descriptor", at, "dataset folder has no datapackage.json");
            return null;
        }
        JsonNode root;
        try {
            root = json.readTree(Files.readAllBytes(descriptor));
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            diagnostics.error("data.json-syntax", location == null ? at
                    : new SourcePosition(descriptorName, location.getLineNr(), Math.max(location.getColumnNr(), 0)),
                    "datapackage.json is not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        int before = diagnostics.count(org.ipwp.diag.Severity.ERROR);
        unknownKeys(root, PACKAGE_KEYS, "data package", at);
        if (!id.equals(text(root, "name"))) {
            diagnostics.error("data.name-mismatch", at, "\"name\" must equal the folder name '" + id + "'");
        }
        LocalizedText title = localized(root, "title", at);
        LocalizedText description = localized(root, "description", at);
        LocalizedText coverage = localized(root, "coverage", at);
        LocalDate updated = null;
        try {
            updated = LocalDate.parse(required(root, "updated", at));
        } catch (DateTimeParseException e) {
            diagnostics.error("data.bad-date", at, "\"updated\" must be a date like 2020-03-31");
        }
        JsonNode license = root.path("licenses").path(0);
        String licenseName = required(license, "name", at);
        String licenseUrl = required(license, "path", at);
        List<DatasetSource> sources = new ArrayList<>();
        for (JsonNode source : root.path("sources")) {
            String letter = source.path("letter").asText("");
            if (!letter.isEmpty() && !letter.matches("[0-9]{4}/[a-z0-9]+(-[a-z0-9]+)*")) {
                diagnostics.error("data.source-letter", at, "source letter '" + letter
                        + "' must be <year>/<name> of an archived letter, e.g. 2020/yushijianhan-155");
            }
            sources.add(new DatasetSource(localized(source, "title", at), letter));
        }
        if (sources.isEmpty()) {
            diagnostics.error("data.missing-source", at, "\"sources\" must name where the figures come from");
        }
        JsonNode resources = root.path("resources");
        if (resources.size() != 1) {
            diagnostics.error("data.resources", at, "exactly one resource (one CSV file) per dataset is supported; found " + resources.size());
            return null;
        }
        JsonNode resource = resources.get(0);
        unknownKeys(resource, RESOURCE_KEYS, "resource", at);
        String path = required(resource, "path", at);
        if (path.isEmpty()) {
            return null;
        }
        Path csv = safeResourcePath(folder, path, at);
        if (csv == null) {
            return null;
        }
        Charset encoding = encoding(resource.path("encoding").asText("utf-8"), at);
        List<Field> fields = fields(resource.path("schema"), at);
        List<String> primaryKey = new ArrayList<>();
        resource.path("schema").path("primaryKey").forEach(key -> primaryKey.add(key.asText()));
        if (encoding == null || fields == null || diagnostics.count(org.ipwp.diag.Severity.ERROR) > before) {
            return null;
        }
        String csvName = relative(repoRoot, csv);
        if (Files.size(csv) > CsvTableReader.MAX_FILE_BYTES) {
            // Checked before reading, so a multi-gigabyte dump fails with a message, not an out-of-memory crash.
            diagnostics.error("size-error", SourcePosition.file(csvName), "file is " + Files.size(csv) + " bytes; the limit is "
                    + CsvTableReader.MAX_FILE_BYTES + " bytes. Split the dataset or publish it elsewhere");
            return null;
        }
        CsvTableReader.Table table = new CsvTableReader(diagnostics).read(Files.readAllBytes(csv), encoding, csvName);
        if (table == null) {
            return null;
        }
        if (table.rows().isEmpty()) {
            diagnostics.error("blank-file", SourcePosition.line(csvName, 1), "the table has a header but no data rows; add the"
                    + " rows, or remove the dataset until it has data");
            return null;
        }
        if (fields.isEmpty()) {
            // A resource without a schema: every column is a string.
            table.header().forEach(label -> fields.add(new Field(label.strip(), FieldType.STRING,
                    new LocalizedText(label.strip(), label.strip()), FieldConstraints.none(), null)));
        }
        if (!headerMatches(table.header(), fields, csvName)) {
            return null;
        }
        List<DatasetRow> rows = validateRows(table.rows(), fields, primaryKey, csvName);
        if (rows == null) {
            return null;
        }
        return new Dataset(id, title, description, updated, coverage, licenseName, licenseUrl, sources, csvName,
                fields, primaryKey, rows);
    }

    private Path safeResourcePath(Path folder, String path, SourcePosition at) throws IOException {
        boolean unsafe = path.startsWith("/") || path.startsWith("~") || path.contains("..") || path.contains("$")
                || path.contains("\\") || path.contains(":");
        if (unsafe) {
            diagnostics.error("data.unsafe-path", at, "resource path '" + path + "' is not safe; give a file name inside the dataset folder");
            return null;
        }
        Path csv = folder.resolve(path).normalize();
        if (!Files.isRegularFile(csv)) {
            diagnostics.error("data.missing-file", at, "resource path '" + path + "' does not exist in " + folder.getFileName() + "/");
            return null;
        }
        if (!csv.toRealPath().startsWith(folder.toRealPath())) {
            diagnostics.error("data.unsafe-path", at, "resource path '" + path + "' leads outside the dataset folder");
            return null;
        }
        return csv;
    }

    private Charset encoding(String name, SourcePosition at) {
        switch (name.toLowerCase()) {
            case "utf-8":
            case "utf8":
                return StandardCharsets.UTF_8;
            case "gb18030":
            case "gbk":
            case "gb2312":
                return Charset.forName("GB18030");
            default:
                diagnostics.error("data.encoding", at, "encoding '" + name + "' is not supported; use utf-8 or gb18030");
                return null;
        }
    }

    private List<Field> fields(JsonNode schema, SourcePosition at) {
        List<Field> fields = new ArrayList<>();
        if (schema.isMissingNode()) {
            return fields;
        }
        for (JsonNode node : schema.path("fields")) {
            unknownKeys(node, FIELD_KEYS, "field", at);
            String name = required(node, "name", at);
            String typeName = node.path("type").asText("string");
            FieldType type = FieldType.ofSchemaName(typeName).orElse(null);
            if (type == null) {
                diagnostics.error("data.field-type", at, "field '" + name + "' has unknown type '" + typeName
                        + "'; use string, number, integer, date or year");
                return null;
            }
            LocalizedText title = localized(node, "title", at);
            Unit unit = null;
            if (node.has("unit")) {
                String code = node.get("unit").asText();
                unit = Unit.ofCode(code).orElse(null);
                if (unit == null) {
                    diagnostics.error("data.field-unit", at, "field '" + name + "' has unknown unit '" + code + "'; use one of "
                            + java.util.Arrays.stream(Unit.values()).map(Unit::code).toList());
                    return null;
                }
                if (!type.isNumeric()) {
                    diagnostics.error("data.field-unit", at, "field '" + name + "' has a unit but type " + type.schemaName()
                            + "; only number and integer fields carry units");
                    return null;
                }
            }
            String magnitudeName = node.path("zhMagnitude").asText("auto");
            ChineseMagnitude magnitude = ChineseMagnitude.ofSchemaName(magnitudeName).orElse(null);
            if (magnitude == null) {
                diagnostics.error("data.field-display", at, "field '" + name + "' has zhMagnitude '" + magnitudeName
                        + "'; use auto (万 from 100,000), wan (万 from 10,000) or plain (always digits)");
                return null;
            }
            fields.add(new Field(name, type, title, constraints(node.path("constraints"), name, at), unit, magnitude));
        }
        return fields;
    }

    private FieldConstraints constraints(JsonNode node, String field, SourcePosition at) {
        Pattern pattern = null;
        if (node.has("pattern")) {
            try {
                pattern = Pattern.compile(node.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                diagnostics.error("data.bad-pattern", at, "field '" + field + "' has an invalid pattern: " + e.getDescription());
            }
        }
        List<String> enumeration = null;
        if (node.has("enum")) {
            enumeration = new ArrayList<>();
            for (JsonNode value : node.get("enum")) {
                enumeration.add(value.asText());
            }
        }
        return new FieldConstraints(
                node.path("required").asBoolean(false),
                node.path("unique").asBoolean(false),
                node.has("minimum") ? new BigDecimal(node.get("minimum").asText()) : null,
                node.has("maximum") ? new BigDecimal(node.get("maximum").asText()) : null,
                pattern, enumeration);
    }

    private boolean headerMatches(List<String> header, List<Field> fields, String csvName) {
        boolean ok = true;
        for (int c = 0; c < Math.max(header.size(), fields.size()); c++) {
            SourcePosition at = new SourcePosition(csvName, 1, c + 1);
            if (c >= fields.size()) {
                diagnostics.error("extra-label", at, "column '" + header.get(c) + "' is not in the schema; add it to datapackage.json or delete it");
                ok = false;
            } else if (c >= header.size()) {
                diagnostics.error("missing-label", new SourcePosition(csvName, 1, 0), "schema field '" + fields.get(c).name() + "' has no column");
                ok = false;
            } else if (!header.get(c).strip().equals(fields.get(c).name())) {
                diagnostics.error("incorrect-label", at, "column " + (c + 1) + " is '" + header.get(c)
                        + "' but the schema expects '" + fields.get(c).name() + "'");
                ok = false;
            }
        }
        return ok;
    }

    private List<DatasetRow> validateRows(List<DatasetRow> rows, List<Field> fields, List<String> primaryKey, String csvName) {
        boolean ok = true;
        List<DatasetRow> normalised = new ArrayList<>();
        List<Map<String, Integer>> uniques = new ArrayList<>();
        fields.forEach(field -> uniques.add(new HashMap<>()));
        Map<List<String>, Integer> keys = new HashMap<>();
        for (DatasetRow row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < fields.size(); c++) {
                Field field = fields.get(c);
                SourcePosition at = new SourcePosition(csvName, row.line(), c + 1);
                String cell = row.cells().get(c);
                if (field.type().isNumeric()) {
                    // Full-width digits from Chinese input methods: NFKC, numeric columns only.
                    cell = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
                }
                cells.add(cell);
                ok &= validateCell(field, cell, at);
                if (field.constraints().unique() && !cell.isEmpty()) {
                    Integer first = uniques.get(c).putIfAbsent(cell, row.line());
                    if (first != null) {
                        diagnostics.error("unique-error", at, "'" + cell + "' in column '" + field.name()
                                + "' is already on line " + first + "; values must be unique");
                        ok = false;
                    }
                }
            }
            if (!primaryKey.isEmpty()) {
                List<String> key = new ArrayList<>();
                for (String name : primaryKey) {
                    int column = indexOf(fields, name);
                    key.add(column < 0 ? "" : cells.get(column));
                }
                Integer first = keys.putIfAbsent(key, row.line());
                if (first != null) {
                    diagnostics.error("primary-key", SourcePosition.line(csvName, row.line()),
                            "primary key " + key + " is already used on line " + first);
                    ok = false;
                }
            }
            normalised.add(new DatasetRow(row.line(), cells));
        }
        return ok ? normalised : null;
    }

    private boolean validateCell(Field field, String cell, SourcePosition at) {
        FieldConstraints constraints = field.constraints();
        if (cell.isEmpty()) {
            if (constraints.required()) {
                diagnostics.error("constraint-error", at, "column '" + field.name() + "' is required; the cell is empty"
                        + " (merged cells from Excel leave empty cells: fill in every row)");
                return false;
            }
            return true;
        }
        boolean typeOk = switch (field.type()) {
            case NUMBER -> NUMBER.matcher(cell).matches();
            case INTEGER -> INTEGER.matcher(cell).matches();
            case YEAR -> YEAR.matcher(cell).matches();
            case DATE -> isIsoDate(cell);
            case STRING -> true;
        };
        if (!typeOk) {
            diagnostics.error("type-error", at, "'" + cell + "' is not a " + field.type().schemaName()
                    + (field.type().isNumeric() ? " (write plain digits in base units: 502200, not 50.22万 or 502,200)" : "")
                    + (field.type() == FieldType.DATE ? " (write dates as 2020-03-31)" : ""));
            return false;
        }
        if (field.type().isNumeric()) {
            BigDecimal value = new BigDecimal(cell);
            if (constraints.minimum() != null && value.compareTo(constraints.minimum()) < 0) {
                diagnostics.error("constraint-error", at, "'" + cell + "' is below the minimum " + constraints.minimum().toPlainString());
                return false;
            }
            if (constraints.maximum() != null && value.compareTo(constraints.maximum()) > 0) {
                diagnostics.error("constraint-error", at, "'" + cell + "' is above the maximum " + constraints.maximum().toPlainString());
                return false;
            }
        }
        if (constraints.pattern() != null && !constraints.pattern().matcher(cell).matches()) {
            diagnostics.error("constraint-error", at, "'" + cell + "' does not match the pattern " + constraints.pattern().pattern());
            return false;
        }
        if (constraints.enumeration() != null && !constraints.enumeration().contains(cell)) {
            diagnostics.error("constraint-error", at, "'" + cell + "' is not one of " + constraints.enumeration());
            return false;
        }
        return true;
    }

    private static boolean isIsoDate(String cell) {
        try {
            LocalDate.parse(cell);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int indexOf(List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void unknownKeys(JsonNode node, Set<String> known, String what, SourcePosition at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                diagnostics.error("data.unknown-key", at, "unknown " + what + " key \"" + key + "\"; known keys: " + new java.util.TreeSet<>(known));
            }
        }
    }

    private LocalizedText localized(JsonNode node, String key, SourcePosition at) {
        return new LocalizedText(required(node, key, at), required(node, key + "_en", at));
    }

    private String required(JsonNode node, String key, SourcePosition at) {
        String value = text(node, key);
        if (value.isEmpty()) {
            diagnostics.error("data.missing-field", at, "\"" + key + "\" is required");
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isValueNode() ? value.asText().strip() : "";
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
