package org.ipwp.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.Field;
import org.ipwp.data.FieldType;

/**
 * Writes {@code <id>.json}: the rows as an array of objects, keys in schema order, values typed by
 * the schema. Numbers are written exactly as in the CSV (3886000000, not 3.886E9; 0.10 keeps its
 * zero), so nothing is lost between the two downloads; an empty cell is {@code null}. Text is
 * written unaltered (the CSV's formula guard is a spreadsheet concern).
 */
public final class JsonDownload {

    static final String MEDIA_TYPE = "application/json";

    private final JsonOutput output = new JsonOutput();

    public DownloadFile write(Dataset dataset) {
        List<Field> fields = dataset.fields();
        ArrayNode rows = JsonOutput.NODES.arrayNode();
        for (DatasetRow row : dataset.rows()) {
            if (row.cells().size() != fields.size()) {
                throw new IllegalArgumentException("dataset '" + dataset.id() + "', line " + row.line() + ": "
                        + row.cells().size() + " cells for " + fields.size() + " fields");
            }
            ObjectNode object = rows.addObject();
            for (int c = 0; c < fields.size(); c++) {
                Field field = fields.get(c);
                try {
                    object.set(field.name(), typed(field.type(), row.cells().get(c)));
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new IllegalArgumentException("dataset '" + dataset.id() + "', line " + row.line() + ", field '"
                            + field.name() + "': '" + row.cells().get(c) + "' is not a " + field.type().schemaName(), e);
                }
            }
        }
        return new DownloadFile(dataset.id() + ".json", MEDIA_TYPE, output.bytes(rows));
    }

    /**
     * A validated cell as a JSON value of its Table Schema type; also used for typed {@code enum}
     * constraints in {@code datapackage.json}.
     */
    static JsonNode typed(FieldType type, String cell) {
        if (cell.isEmpty()) {
            return JsonOutput.NODES.nullNode();
        }
        return switch (type) {
            case NUMBER -> JsonOutput.exactDecimal(new BigDecimal(cell));
            case INTEGER, YEAR -> JsonOutput.NODES.numberNode(new BigInteger(cell));
            case DATE -> JsonOutput.NODES.textNode(LocalDate.parse(cell).toString());
            case STRING -> JsonOutput.NODES.textNode(cell);
        };
    }
}
