package org.ipwp.opendata;

import static org.ipwp.opendata.OpenDataFixtures.dataset;
import static org.ipwp.opendata.OpenDataFixtures.field;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvDownloadTest {

    private final CsvDownload csv = new CsvDownload();

    /** One string column "text" and one number column "value". */
    private static Dataset textAndNumber(String text, String number) {
        return dataset("demo", List.of(field("text", FieldType.STRING), field("value", FieldType.NUMBER)),
                List.of(List.of(text, number)));
    }

    /** The file without its BOM, as text. */
    private static String body(DownloadFile file) {
        byte[] bytes = file.bytes();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    /** The records as a strict RFC 4180 reader sees them. */
    private static List<List<String>> records(DownloadFile file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(body(file))) {
            return it.readAll().stream().map(Arrays::asList).toList();
        }
    }

    @Test
    void startsWithTheUtf8ByteOrderMark() {
        byte[] bytes = csv.write(textAndNumber("专利", "1")).bytes();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("专利", body(csv.write(textAndNumber("专利", "1"))).split("\r\n")[1].split(",")[0]);
    }

    @Test
    void isNamedAfterTheDatasetAndServedAsCsv() {
        DownloadFile file = csv.write(textAndNumber("a", "1"));

        assertEquals("demo.csv", file.name());
        assertEquals("text/csv", file.mediaType());
    }

    @Test
    void writesTheHeaderAndEndsEveryRecordWithCrLf() {
        assertEquals("text,value\r\na,1\r\n", body(csv.write(textAndNumber("a", "1"))));
    }

    @Test
    void quotesCommasQuotesAndLineBreaksTheRfc4180Way() throws IOException {
        Dataset dataset = dataset("demo", List.of(field("text", FieldType.STRING)), List.of(
                List.of("a,b"), List.of("say \"hi\""), List.of("two\nlines"), List.of("carriage\rreturn"), List.of("plain")));

        String body = body(csv.write(dataset));

        assertEquals("text\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\"carriage\rreturn\"\r\nplain\r\n", body);
        assertEquals(List.of(List.of("text"), List.of("a,b"), List.of("say \"hi\""), List.of("two\nlines"),
                List.of("carriage\rreturn"), List.of("plain")), records(csv.write(dataset)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void prefixesATextCellThatASpreadsheetWouldRunAsAFormula(String trigger) throws IOException {
        String cell = trigger + "HYPERLINK(\"http://evil.example/\",\"click\")";

        List<List<String>> records = records(csv.write(textAndNumber(cell, "1")));

        assertEquals("'" + cell, records.get(1).get(0));
    }

    @Test
    void neverAltersANumber() throws IOException {
        List<List<String>> records = records(csv.write(textAndNumber("-5", "-5")));

        assertEquals(List.of("'-5", "-5"), records.get(1));
    }

    @Test
    void leavesTriggerCharactersAfterTheFirstAndEmptyCellsAlone() {
        assertEquals("text,value\r\na=b+c,1\r\n,\r\n", body(csv.write(dataset("demo",
                List.of(field("text", FieldType.STRING), field("value", FieldType.NUMBER)),
                List.of(List.of("a=b+c", "1"), List.of("", ""))))));
    }

    @Test
    void writesMarkupUnchangedBecauseCsvIsPlainText() {
        String body = body(csv.write(textAndNumber("<script>alert(1)</script>", "1")));

        assertTrue(body.contains("\r\n<script>alert(1)</script>,1\r\n"), body);
    }

    @Test
    void writesSpecialCharactersInHeaderLabelsQuotedButNotNeutralised() {
        Dataset dataset = dataset("demo", List.of(field("a,b", FieldType.STRING), field("-c", FieldType.STRING)),
                List.of(List.of("x", "y")));

        assertTrue(body(csv.write(dataset)).startsWith("\"a,b\",-c\r\n"));
    }

    @Test
    void rejectsARowWithTheWrongNumberOfCells() {
        Dataset dataset = dataset("demo", List.of(field("a", FieldType.STRING), field("b", FieldType.STRING)),
                List.of(List.of("x", "y")));
        Dataset broken = new Dataset(dataset.id(), dataset.title(), dataset.description(), dataset.updated(),
                dataset.coverage(), dataset.licenseName(), dataset.licenseUrl(), dataset.sources(), dataset.csvPath(),
                dataset.fields(), dataset.primaryKey(), List.of(new DatasetRow(2, List.of("only one"))));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv.write(broken));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void isDeterministic() {
        Dataset dataset = OpenDataFixtures.indicators();

        assertArrayEquals(csv.write(dataset).bytes(), new CsvDownload().write(dataset).bytes());
    }

    @Test
    void theRealDatasetsReadBackAsTheirValidatedCells() throws IOException {
        for (Dataset dataset : OpenDataFixtures.realDatasets()) {
            List<List<String>> records = records(csv.write(dataset));

            assertEquals(dataset.fields().stream().map(f -> f.name()).toList(), records.get(0), dataset.id());
            assertEquals(dataset.rows().stream().map(DatasetRow::cells).toList(), records.subList(1, records.size()),
                    dataset.id());
        }
    }

    @Test
    void writesLargeAmountsAsPlainDigits() {
        String body = body(csv.write(OpenDataFixtures.realDataset("ip-finance")));

        assertTrue(body.contains(",3886000000,"), body);
        assertFalse(body.contains("E+"), body);
    }
}
