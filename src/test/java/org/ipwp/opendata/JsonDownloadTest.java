package org.ipwp.opendata;

import static org.ipwp.opendata.OpenDataFixtures.dataset;
import static org.ipwp.opendata.OpenDataFixtures.field;
import static org.ipwp.opendata.OpenDataFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.Field;
import org.ipwp.data.FieldType;
import org.junit.jupiter.api.Test;

class JsonDownloadTest {

    private final JsonDownload json = new JsonDownload();

    private static String text(DownloadFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void isUtf8WithoutByteOrderMarkNamedAfterTheDataset() {
        DownloadFile file = json.write(OpenDataFixtures.indicators());

        assertEquals('[', file.bytes()[0]);
        assertEquals("indicators.json", file.name());
        assertEquals("application/json", file.mediaType());
    }

    @Test
    void isPrettyPrintedWithTwoSpacesLfAndAFinalNewline() {
        Dataset dataset = dataset("demo", List.of(field("id", FieldType.STRING), field("n", FieldType.INTEGER)),
                List.of(List.of("a", "1")));

        assertEquals("[\n  {\n    \"id\": \"a\",\n    \"n\": 1\n  }\n]\n", text(json.write(dataset)));
    }

    @Test
    void writesAnEmptyDatasetAsAnEmptyArray() {
        Dataset dataset = dataset("demo", List.of(field("id", FieldType.STRING)), List.of());

        assertEquals("[]\n", text(json.write(dataset)));
    }

    @Test
    void writesNumbersExactlyAsInTheSource() {
        String text = text(json.write(OpenDataFixtures.indicators()));

        assertTrue(text.contains("\"value\": 3886000000,"), text);
        assertTrue(text.contains("\"value\": 0.10,"), text);
        assertFalse(text.contains("E"), text);
    }

    @Test
    void typesEveryCellByItsSchemaType() {
        Dataset dataset = dataset("demo", List.of(field("name", FieldType.STRING), field("count", FieldType.INTEGER),
                        field("year", FieldType.YEAR), field("day", FieldType.DATE), field("amount", FieldType.NUMBER),
                        field("note", FieldType.STRING)),
                List.of(List.of("专利", "-5", "2020", "2020-03-31", "0.1", "")));

        JsonNode row = parse(json.write(dataset).bytes()).get(0);

        assertTrue(row.get("name").isTextual());
        assertTrue(row.get("count").isIntegralNumber());
        assertEquals(-5, row.get("count").intValue());
        assertTrue(row.get("year").isIntegralNumber());
        assertEquals(2020, row.get("year").intValue());
        assertEquals("2020-03-31", row.get("day").textValue());
        assertEquals(0, new BigDecimal("0.1").compareTo(row.get("amount").decimalValue()));
        assertTrue(row.get("note").isNull());
    }

    @Test
    void keepsTheSchemaOrderOfKeys() {
        Dataset dataset = dataset("demo", List.of(field("zeta", FieldType.STRING), field("alpha", FieldType.STRING),
                field("mid", FieldType.STRING)), List.of(List.of("1", "2", "3")));

        List<String> keys = new ArrayList<>();
        parse(json.write(dataset).bytes()).get(0).fieldNames().forEachRemaining(keys::add);

        assertEquals(List.of("zeta", "alpha", "mid"), keys);
    }

    @Test
    void writesChineseAsUtf8CharactersAndTextUnaltered() {
        Dataset dataset = dataset("demo", List.of(field("text", FieldType.STRING)),
                List.of(List.of("=专利\"合计\"</script>")));

        String text = text(json.write(dataset));

        assertTrue(text.contains("\"=专利\\\"合计\\\"</script>\""), text);
        assertFalse(text.contains("\\u"), text);
    }

    @Test
    void rejectsACellThatIsNotOfItsType() {
        Dataset dataset = dataset("demo", List.of(field("id", FieldType.STRING), field("n", FieldType.NUMBER)),
                List.of(List.of("a", "50.22万")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(dataset));
        assertTrue(e.getMessage().contains("field 'n'"), e.getMessage());
    }

    @Test
    void isDeterministic() {
        Dataset dataset = OpenDataFixtures.indicators();

        assertArrayEquals(json.write(dataset).bytes(), new JsonDownload().write(dataset).bytes());
    }

    @Test
    void theRealDatasetsRoundTripToTheirCells() {
        for (Dataset dataset : OpenDataFixtures.realDatasets()) {
            JsonNode rows = parse(json.write(dataset).bytes());

            assertEquals(dataset.rows().size(), rows.size(), dataset.id());
            for (int r = 0; r < rows.size(); r++) {
                DatasetRow row = dataset.rows().get(r);
                for (int c = 0; c < dataset.fields().size(); c++) {
                    Field field = dataset.fields().get(c);
                    String cell = row.cells().get(c);
                    JsonNode value = rows.get(r).get(field.name());
                    String where = dataset.id() + " line " + row.line() + " " + field.name();
                    if (cell.isEmpty()) {
                        assertTrue(value.isNull(), where);
                    } else if (field.type().isNumeric()) {
                        assertTrue(value.isNumber(), where);
                        assertEquals(0, new BigDecimal(cell).compareTo(value.decimalValue()), where);
                    } else {
                        assertEquals(cell, value.textValue(), where);
                    }
                }
            }
        }
    }
}
