package org.ipwp.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.diag.StrictText;

/**
 * Reads a CSV file strictly: size limits, no spreadsheet in disguise, BOM removed, strict
 * decoding (never U+FFFD), RFC 4180 quoting, and the header checks (blank and duplicate labels).
 * Structural problems are reported with line and column; the result is the header and the rows.
 */
public final class CsvTableReader {

    /** Largest CSV file accepted (20 MB). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Largest cell accepted (32 KB of characters). */
    public static final int MAX_CELL_CHARS = 32 * 1024;
    /** Data rows per table: a page cannot show more, and a million-row dump must fail, not exhaust memory. */
    public static final int MAX_ROWS = 100_000;

    /** The header and data rows of a table that parsed. */
    public record Table(List<String> header, List<DatasetRow> rows) {
    }

    private final Diagnostics diagnostics;

    public CsvTableReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Reads a CSV file's bytes.
     *
     * @param bytes      the file content
     * @param encoding   the declared encoding ({@code utf-8} or {@code gb18030})
     * @param sourceName repository-relative path for diagnostics
     * @return the table, or {@code null} after reporting why it cannot be read
     */
    public Table read(byte[] bytes, Charset encoding, String sourceName) {
        SourcePosition file = SourcePosition.file(sourceName);
        if (bytes.length > MAX_FILE_BYTES) {
            diagnostics.error("size-error", file, "file is " + bytes.length + " bytes; the limit is " + MAX_FILE_BYTES
                    + " bytes. Split the dataset or publish it elsewhere");
            return null;
        }
        if (bytes.length == 0) {
            diagnostics.error("blank-file", file, "file is empty; write a header row and at least one data row");
            return null;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            diagnostics.error("format-error", file, "this is a spreadsheet (ZIP/xlsx) renamed to .csv; in Excel use 'Save As' > 'CSV UTF-8'");
            return null;
        }
        String text = decode(bytes, encoding, sourceName);
        if (text == null) {
            return null;
        }
        return parse(text.replace("\r\n", "\n").replace('\r', '\n'), sourceName);
    }

    private String decode(byte[] bytes, Charset encoding, String sourceName) {
        StrictText decoded = StrictText.decode(bytes, encoding);
        if (decoded.text() == null) {
            String hint = encoding.equals(StandardCharsets.UTF_8) && StrictText.looksLikeGb18030(bytes)
                    ? "the file decodes cleanly as GB18030 (GBK, saved by Chinese Excel); re-save it as 'CSV UTF-8' or declare \"encoding\": \"gb18030\" in datapackage.json"
                    : "re-save the file as UTF-8";
            diagnostics.error("encoding-error", SourcePosition.line(sourceName, decoded.badLine()),
                    "not valid " + encoding.name() + ": " + hint);
        }
        return decoded.text();
    }

    private Table parse(String text, String sourceName) {
        if (!checkQuotes(text, sourceName)) {
            return null;
        }
        CsvMapper mapper = CsvMapper.builder()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .disable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
                .disable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE)
                .disable(CsvParser.Feature.TRIM_SPACES)
                .build();
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withoutHeader())
                .readValues(new StringReader(text))) {
            while (true) {
                int line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                // The token location is where the record starts (after any skipped line break).
                JsonLocation start = it.getParser().currentTokenLocation();
                if (records.size() > MAX_ROWS) {
                    diagnostics.error("size-error", SourcePosition.line(sourceName, Math.max(line, start.getLineNr())),
                            "table has more than " + MAX_ROWS + " data rows; the limit is " + MAX_ROWS
                                    + " (split the table or publish the full dump as an attachment)");
                    return null;
                }
                records.add(it.nextValue());
                lines.add(Math.max(line, start.getLineNr()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            String message = e.getOriginalMessage();
            String code = message != null && message.toLowerCase().contains("quote") ? "quote-error" : "csv-syntax";
            diagnostics.error(code, new SourcePosition(sourceName, Math.max(line, 0), 0),
                    "CSV cannot be parsed: " + message + "; check the quotes on this line and the lines before it");
            return null;
        } catch (IOException e) {
            diagnostics.error("csv-syntax", SourcePosition.file(sourceName), "CSV cannot be read: " + e.getMessage());
            return null;
        }
        return checkStructure(records, lines, sourceName);
    }

    /**
     * Quote problems that the parser reports late or not at all: a quote inside an unquoted cell
     * ({@code 12"3}, accepted silently by Jackson) and a quote that never closes, reported where it
     * opened rather than at the end of the file.
     */
    private boolean checkQuotes(String text, String sourceName) {
        int line = 1;
        int column = 1;
        boolean quoted = false;
        boolean cellStart = true;
        int openLine = 0;
        int openColumn = 0;
        boolean ok = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                if (!quoted) {
                    column = 1;
                    cellStart = true;
                }
                continue;
            }
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            if (ch == ',') {
                column++;
                cellStart = true;
            } else if (ch == '"' && cellStart) {
                quoted = true;
                openLine = line;
                openColumn = column;
                cellStart = false;
            } else if (ch == '"') {
                diagnostics.error("stray-quote", new SourcePosition(sourceName, line, column),
                        "quote inside a cell that does not start with a quote; delete it, or quote the whole cell and double"
                                + " the inner quote (\"12\"\"3\")");
                ok = false;
            } else {
                cellStart = false;
            }
        }
        if (quoted) {
            diagnostics.error("quote-error", new SourcePosition(sourceName, openLine, openColumn),
                    "the quote that opens this cell is never closed, so the rest of the file would be one cell; close it or"
                            + " delete it");
            ok = false;
        }
        return ok;
    }

    private Table checkStructure(List<String[]> records, List<Integer> lines, String sourceName) {
        // Trailing blank records (a final empty line) are normal; blank records inside the data are not.
        int last = records.size();
        while (last > 0 && isBlank(records.get(last - 1))) {
            last--;
        }
        if (last == 0) {
            diagnostics.error("blank-file", SourcePosition.file(sourceName), "file has no header row");
            return null;
        }
        String[] header = records.get(0);
        if (header.length == 1 && last > 1 && records.get(1).length > 1) {
            diagnostics.error("title-row", SourcePosition.line(sourceName, lines.get(0)),
                    "the first line has one cell and the next has " + records.get(1).length + ": a title above the table?"
                            + " Delete it (the title belongs in datapackage.json \"title\"); the first line must be the header");
            return null;
        }
        if (header.length == 1) {
            for (String delimiter : new String[] {";", "\t", "，", "|"}) {
                if (header[0].contains(delimiter)) {
                    String shown = delimiter.equals("\t") ? "tabs" : "'" + delimiter + "'";
                    diagnostics.error("csv-delimiter", SourcePosition.line(sourceName, lines.get(0)),
                            "the header is one column separated by " + shown + ", not by commas; save the file as CSV with commas"
                                    + " (Excel: 'Save As' > 'CSV UTF-8')");
                    return null;
                }
            }
        }
        boolean ok = checkHeader(header, sourceName);
        List<DatasetRow> rows = new ArrayList<>();
        for (int i = 1; i < last; i++) {
            String[] record = records.get(i);
            int line = lines.get(i);
            if (isBlank(record)) {
                diagnostics.error("blank-row", SourcePosition.line(sourceName, line),
                        "blank row inside the data; delete it (notes belong in datapackage.json, not below the table)");
                ok = false;
                continue;
            }
            if (record.length < header.length) {
                diagnostics.error("missing-cell", SourcePosition.line(sourceName, line),
                        "expected " + header.length + " cells, got " + record.length);
                ok = false;
                continue;
            }
            if (record.length > header.length) {
                diagnostics.error("extra-cell", new SourcePosition(sourceName, line, header.length + 1),
                        "expected " + header.length + " cells, got " + record.length + " (a trailing comma counts as a cell)");
                ok = false;
                continue;
            }
            for (int c = 0; c < record.length; c++) {
                if (record[c].length() > MAX_CELL_CHARS) {
                    diagnostics.error("size-error", new SourcePosition(sourceName, line, c + 1),
                            "cell has " + record[c].length() + " characters; the limit is " + MAX_CELL_CHARS);
                    ok = false;
                }
                int bad = firstForbiddenCharacter(record[c]);
                if (bad >= 0) {
                    diagnostics.error("control-character", new SourcePosition(sourceName, line, c + 1),
                            String.format("cell contains the invisible character U+%04X; delete it", (int) record[c].charAt(bad)));
                    ok = false;
                }
            }
            rows.add(new DatasetRow(line, Arrays.asList(record)));
        }
        return ok ? new Table(Arrays.asList(header), rows) : null;
    }

    private boolean checkHeader(String[] header, String sourceName) {
        boolean ok = true;
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            String label = header[c].strip();
            SourcePosition at = new SourcePosition(sourceName, 1, c + 1);
            if (label.isEmpty()) {
                diagnostics.error("blank-label", at, "column " + (c + 1) + " has no header label");
                ok = false;
            } else if (seen.containsKey(label)) {
                diagnostics.error("duplicate-label", at,
                        "header label '" + label + "' is used by columns " + seen.get(label) + " and " + (c + 1));
                ok = false;
            } else {
                seen.put(label, c + 1);
            }
        }
        return ok;
    }

    private static boolean isBlank(String[] record) {
        return Arrays.stream(record).allMatch(String::isBlank);
    }

    /** Index of a C0 control (other than TAB and LF) or a bidi override, or -1. */
    private static int firstForbiddenCharacter(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            boolean control = ch < 0x20 && ch != '\t' && ch != '\n';
            boolean bidi = (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069');
            if (control || bidi) {
                return i;
            }
        }
        return -1;
    }
}
