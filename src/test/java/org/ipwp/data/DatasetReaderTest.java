package org.ipwp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    /** id (required, pattern), value (number, required, minimum 0), unit (enum). */
    private static final String FIELDS = """
            [
              {"name": "id", "type": "string", "title": "代码", "title_en": "Code",
               "constraints": {"required": true, "pattern": "[a-z-]+"}},
              {"name": "value", "type": "number", "title": "数值", "title_en": "Value",
               "constraints": {"required": true, "minimum": 0}},
              {"name": "unit", "type": "string", "title": "单位", "title_en": "Unit",
               "constraints": {"enum": ["piece", "yuan"]}}
            ]""";

    private static final String DESCRIPTOR = """
            {
              "name": "demo",
              "title": "演示数据",
              "title_en": "Demo data",
              "description": "用于测试的数据。",
              "description_en": "Data for tests.",
              "updated": "2020-03-31",
              "coverage": "重庆市",
              "coverage_en": "Chongqing",
              "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
              "sources": [{"title": "渝市监函〔2020〕155号", "title_en": "Letter No. 155", "letter": "2020/yushijianhan-155"}],
              "resources": [
                {
                  "name": "demo",
                  "path": "PATH",
                  "format": "csv",
                  "encoding": "utf-8"SCHEMA
                }
              ]
            }
            """;

    private static final String VALID_CSV = """
            id,value,unit
            patents,43870,piece
            funds,3886000000,yuan
            """;

    @TempDir
    Path root;

    private final Diagnostics diagnostics = new Diagnostics();

    private static String descriptor(String fields, String primaryKey) {
        return DESCRIPTOR.replace("PATH", "demo.csv")
                .replace("SCHEMA", ",\n\"schema\": {\"fields\": " + fields + ", \"primaryKey\": " + primaryKey + "}");
    }

    private static String descriptorWithoutSchema() {
        return DESCRIPTOR.replace("PATH", "demo.csv").replace("SCHEMA", "");
    }

    private Path folder() throws IOException {
        return Files.createDirectories(root.resolve("data/demo"));
    }

    private Dataset read(String descriptor, String csv) throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("datapackage.json"), descriptor, StandardCharsets.UTF_8);
        if (csv != null) {
            Files.writeString(folder.resolve("demo.csv"), csv, StandardCharsets.UTF_8);
        }
        return new DatasetReader(diagnostics).read(folder, root);
    }

    private Dataset read(String csv) throws IOException {
        return read(descriptor(FIELDS, "[\"id\"]"), csv);
    }

    private List<String> rendered() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static List<List<String>> cells(Dataset dataset) {
        return dataset.rows().stream().map(DatasetRow::cells).toList();
    }

    // --- a valid dataset ----------------------------------------------------------------------

    @Test
    void validDatasetReadsWithoutDiagnostics() throws IOException {
        Dataset dataset = read(VALID_CSV);

        assertNotNull(dataset);
        assertEquals(List.of(), rendered());
    }

    @Test
    void validDatasetCarriesItsMetadata() throws IOException {
        Dataset dataset = read(VALID_CSV);

        assertEquals("demo", dataset.id());
        assertEquals("演示数据", dataset.title().zh());
        assertEquals("Demo data", dataset.title().en());
        assertEquals(LocalDate.of(2020, 3, 31), dataset.updated());
        assertEquals("data/demo/demo.csv", dataset.csvPath());
        assertEquals(List.of("id"), dataset.primaryKey());
    }

    @Test
    void validDatasetCarriesItsRowsWithLines() throws IOException {
        Dataset dataset = read(VALID_CSV);

        assertEquals(List.of(List.of("patents", "43870", "piece"), List.of("funds", "3886000000", "yuan")), cells(dataset));
        assertEquals(List.of(2, 3), dataset.rows().stream().map(DatasetRow::line).toList());
    }

    @Test
    void validDatasetCarriesTheSchemaTypes() throws IOException {
        Dataset dataset = read(VALID_CSV);

        assertEquals(List.of(FieldType.STRING, FieldType.NUMBER, FieldType.STRING),
                dataset.fields().stream().map(Field::type).toList());
    }

    // --- cell validation -------------------------------------------------------------------

    @Test
    void chineseMagnitudeInNumberColumnIsATypeError() throws IOException {
        assertNull(read("""
                id,value,unit
                marks,50.22万,piece
                """));
        assertEquals(List.of("data/demo/demo.csv:2:2: error: [type-error] '50.22万' is not a number"
                + " (write plain digits in base units: 502200, not 50.22万 or 502,200)"), rendered());
    }

    @Test
    void groupedDigitsInNumberColumnAreATypeError() throws IOException {
        read("""
                id,value,unit
                marks,"502,200",piece
                """);

        assertTrue(rendered().get(0).startsWith("data/demo/demo.csv:2:2: error: [type-error] '502,200' is not a number"),
                rendered()::toString);
    }

    @Test
    void valueBelowMinimumIsAConstraintError() throws IOException {
        assertNull(read("""
                id,value,unit
                marks,-1,piece
                """));
        assertEquals(List.of("data/demo/demo.csv:2:2: error: [constraint-error] '-1' is below the minimum 0"), rendered());
    }

    @Test
    void emptyRequiredCellIsAConstraintError() throws IOException {
        assertNull(read("""
                id,value,unit
                marks,,piece
                """));
        assertEquals(List.of("data/demo/demo.csv:2:2: error: [constraint-error] column 'value' is required; the cell is empty"
                + " (merged cells from Excel leave empty cells: fill in every row)"), rendered());
    }

    @Test
    void emptyOptionalCellIsAccepted() throws IOException {
        Dataset dataset = read("""
                id,value,unit
                marks,1,
                """);

        assertEquals(List.of(List.of("marks", "1", "")), cells(dataset));
    }

    @Test
    void valueOutsideEnumIsAConstraintError() throws IOException {
        assertNull(read("""
                id,value,unit
                marks,1,kg
                """));
        assertEquals(List.of("data/demo/demo.csv:2:3: error: [constraint-error] 'kg' is not one of [piece, yuan]"), rendered());
    }

    @Test
    void valueNotMatchingPatternIsAConstraintError() throws IOException {
        assertNull(read("""
                id,value,unit
                Marks1,1,piece
                """));
        assertEquals(List.of("data/demo/demo.csv:2:1: error: [constraint-error] 'Marks1' does not match the pattern [a-z-]+"),
                rendered());
    }

    @Test
    void duplicateInUniqueColumnIsAUniqueError() throws IOException {
        String uniqueId = FIELDS.replace("\"required\": true, \"pattern\"", "\"required\": true, \"unique\": true, \"pattern\"");

        assertNull(read(descriptor(uniqueId, "[]"), """
                id,value,unit
                marks,1,piece
                other,2,piece
                marks,3,piece
                """));
        assertEquals(List.of("data/demo/demo.csv:4:1: error: [unique-error] 'marks' in column 'id' is already on line 2;"
                + " values must be unique"), rendered());
    }

    @Test
    void duplicatePrimaryKeyNamesTheFirstLine() throws IOException {
        assertNull(read("""
                id,value,unit
                marks,1,piece
                other,2,piece
                marks,3,piece
                """));
        assertEquals(List.of("data/demo/demo.csv:4: error: [primary-key] primary key [marks] is already used on line 2"),
                rendered());
    }

    @Test
    void fullWidthDigitsAreAcceptedInNumericColumn() throws IOException {
        Dataset dataset = read("""
                id,value,unit
                marks,１２３,piece
                """);

        assertEquals(List.of(), rendered());
        assertEquals("123", dataset.rows().get(0).cells().get(1));
    }

    @Test
    void fullWidthDigitsAreKeptInStringColumn() throws IOException {
        Dataset dataset = read(descriptor(FIELDS.replace("[a-z-]+", "[a-z０-９-]+"), "[\"id\"]"), """
                id,value,unit
                a１,1,piece
                """);

        assertEquals("a１", dataset.rows().get(0).cells().get(0));
    }

    @Test
    void everyBadCellIsReported() throws IOException {
        read("""
                id,value,unit
                Bad,x,kg
                """);

        assertEquals(3, rendered().size(), rendered()::toString);
    }

    // --- header against schema ---------------------------------------------------------------

    @Test
    void headerLabelDifferentFromSchemaIsAnIncorrectLabel() throws IOException {
        assertNull(read("""
                id,amount,unit
                marks,1,piece
                """));
        assertEquals(List.of("data/demo/demo.csv:1:2: error: [incorrect-label] column 2 is 'amount' but the schema expects 'value'"),
                rendered());
    }

    @Test
    void columnNotInSchemaIsAnExtraLabel() throws IOException {
        read("""
                id,value,unit,note
                marks,1,piece,x
                """);

        assertEquals(List.of("data/demo/demo.csv:1:4: error: [extra-label] column 'note' is not in the schema;"
                + " add it to datapackage.json or delete it"), rendered());
    }

    // --- descriptor and resource path -------------------------------------------------------

    @Test
    void parentDirectoryInResourcePathIsUnsafe() throws IOException {
        Files.writeString(folder().resolveSibling("x.csv"), VALID_CSV);

        assertNull(read(descriptor(FIELDS, "[\"id\"]").replace("\"demo.csv\"", "\"../x.csv\""), null));
        assertEquals(List.of("data/demo/datapackage.json: error: [data.unsafe-path] resource path '../x.csv' is not safe;"
                + " give a file name inside the dataset folder"), rendered());
    }

    @Test
    void symlinkLeadingOutsideTheFolderIsUnsafe() throws IOException {
        Path outside = Files.writeString(root.resolve("outside.csv"), VALID_CSV);
        Files.createSymbolicLink(folder().resolve("demo.csv"), outside);

        assertNull(read(descriptor(FIELDS, "[\"id\"]"), null));
        assertEquals(List.of("data/demo/datapackage.json: error: [data.unsafe-path] resource path 'demo.csv'"
                + " leads outside the dataset folder"), rendered());
    }

    @Test
    void missingCsvIsReportedOnTheDescriptor() throws IOException {
        assertNull(read(descriptor(FIELDS, "[\"id\"]"), null));
        assertEquals(List.of("data/demo/datapackage.json: error: [data.missing-file] resource path 'demo.csv'"
                + " does not exist in demo/"), rendered());
    }

    @Test
    void unknownKeyInDataPackageIsAnError() throws IOException {
        String withPublisher = descriptor(FIELDS, "[\"id\"]").replace("\"updated\":", "\"publisher\": \"x\",\n  \"updated\":");

        assertNull(read(withPublisher, VALID_CSV));
        assertEquals(1, rendered().size(), rendered()::toString);
        assertTrue(rendered().get(0).startsWith("data/demo/datapackage.json: error: [data.unknown-key] unknown data package key"
                + " \"publisher\"; known keys: [$schema, coverage, "), rendered()::toString);
    }

    @Test
    void unknownKeyInFieldIsAnError() throws IOException {
        String withFormat = FIELDS.replace("\"type\": \"number\",", "\"type\": \"number\", \"format\": \"default\",");

        assertNull(read(descriptor(withFormat, "[\"id\"]"), VALID_CSV));
        assertTrue(rendered().get(0).startsWith("data/demo/datapackage.json: error: [data.unknown-key] unknown field key \"format\""),
                rendered()::toString);
    }

    @Test
    void nameDifferentFromFolderIsAnError() throws IOException {
        String renamed = descriptor(FIELDS, "[\"id\"]").replace("\"name\": \"demo\",\n  \"title\"", "\"name\": \"other\",\n  \"title\"");

        assertNull(read(renamed, VALID_CSV));
        assertEquals(List.of("data/demo/datapackage.json: error: [data.name-mismatch] \"name\" must equal the folder name 'demo'"),
                rendered());
    }

    @Test
    void unsupportedEncodingIsAnError() throws IOException {
        String latin1 = descriptor(FIELDS, "[\"id\"]").replace("\"utf-8\"", "\"latin1\"");

        assertNull(read(latin1, VALID_CSV));
        assertEquals(List.of("data/demo/datapackage.json: error: [data.encoding] encoding 'latin1' is not supported;"
                + " use utf-8 or gb18030"), rendered());
    }

    @Test
    void gb18030DeclaredEncodingDecodesGbkCsv() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("datapackage.json"), descriptor(FIELDS, "[\"id\"]").replace("\"utf-8\"", "\"gb18030\""));
        Files.write(folder.resolve("demo.csv"), "id,value,unit\nmarks,1,piece\n".getBytes(Charset.forName("GBK")));

        Dataset dataset = new DatasetReader(diagnostics).read(folder, root);

        assertNotNull(dataset, rendered()::toString);
    }

    @Test
    void invalidJsonIsReportedWithItsLine() throws IOException {
        read("{\n  \"name\": \"demo\",\n  oops\n}\n", VALID_CSV);

        assertTrue(rendered().get(0).startsWith("data/demo/datapackage.json:3:"), rendered()::toString);
        assertTrue(rendered().get(0).contains(": error: [data.json-syntax] datapackage.json is not valid JSON: "),
                rendered()::toString);
    }

    @Test
    void resourceWithoutSchemaReadsEveryColumnAsString() throws IOException {
        Dataset dataset = read(descriptorWithoutSchema(), """
                id,value,unit
                marks,50.22万,件
                """);

        assertEquals(List.of(), rendered());
        assertEquals(List.of("id", "value", "unit"), dataset.fields().stream().map(Field::name).toList());
        assertEquals(List.of(FieldType.STRING, FieldType.STRING, FieldType.STRING),
                dataset.fields().stream().map(Field::type).toList());
        assertEquals(List.of(List.of("marks", "50.22万", "件")), cells(dataset));
    }
}
