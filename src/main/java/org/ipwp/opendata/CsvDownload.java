package org.ipwp.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.Field;
import org.ipwp.data.FieldType;

/**
 * Writes {@code <id>.csv}: UTF-8 with a byte-order mark (so that Excel shows the Chinese text
 * instead of guessing GBK), CRLF record ends, RFC 4180 quoting, the schema's field names as the
 * header and the cells as validated.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @}, TAB or CR as a formula (OWASP
 * "CSV injection"). Such a cell of a string field is written with a leading {@code '}, which Excel
 * shows as plain text. Numeric fields are never touched: {@code -5} is a number, not a formula,
 * and changing it would corrupt the data. The header is written as is, because consumers match it
 * against the field names in {@code datapackage.json}.
 */
public final class CsvDownload {

    static final String MEDIA_TYPE = "text/csv";

    private static final String RECORD_END = "\r\n";

    public DownloadFile write(Dataset dataset) {
        List<Field> fields = dataset.fields();
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (int c = 0; c < fields.size(); c++) {
            csv.append(c == 0 ? "" : ",").append(quoted(fields.get(c).name()));
        }
        csv.append(RECORD_END);
        for (DatasetRow row : dataset.rows()) {
            if (row.cells().size() != fields.size()) {
                throw new IllegalArgumentException("dataset '" + dataset.id() + "', line " + row.line() + ": "
                        + row.cells().size() + " cells for " + fields.size() + " fields");
            }
            for (int c = 0; c < fields.size(); c++) {
                String cell = row.cells().get(c);
                if (fields.get(c).type() == FieldType.STRING) {
                    cell = neutralised(cell);
                }
                csv.append(c == 0 ? "" : ",").append(quoted(cell));
            }
            csv.append(RECORD_END);
        }
        return new DownloadFile(dataset.id() + ".csv", MEDIA_TYPE, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The text cell, prefixed with {@code '} when a spreadsheet would read it as a formula. */
    private static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** RFC 4180: quote a field containing a comma, quote, CR or LF, doubling its quotes. */
    private static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
