package org.ipwp.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    private static final String PATH = "data/x/x.csv";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Diagnostics diagnostics = new Diagnostics();

    private CsvTableReader.Table read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private CsvTableReader.Table read(byte[] bytes, Charset encoding) {
        return new CsvTableReader(diagnostics).read(bytes, encoding, PATH);
    }

    private List<String> rendered() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static List<List<String>> cells(CsvTableReader.Table table) {
        return table.rows().stream().map(DatasetRow::cells).toList();
    }

    // --- encoding and file format -------------------------------------------------------------

    @Test
    void utf8BomIsStrippedFromTheFirstHeaderLabel() {
        CsvTableReader.Table table = read(concat(UTF8_BOM, "id,v\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        assertArrayEquals("id".getBytes(StandardCharsets.UTF_8), table.header().get(0).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void zeroByteFileIsABlankFile() {
        assertNull(read(new byte[0], StandardCharsets.UTF_8));
        assertEquals(List.of("data/x/x.csv: error: [blank-file] file is empty; write a header row and at least one data row"),
                rendered());
    }

    @Test
    void xlsxRenamedToCsvIsAFormatError() {
        assertNull(read(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, StandardCharsets.UTF_8));
        assertEquals(List.of("data/x/x.csv: error: [format-error] this is a spreadsheet (ZIP/xlsx) renamed to .csv;"
                + " in Excel use 'Save As' > 'CSV UTF-8'"), rendered());
    }

    @Test
    void gbkBytesReadAsUtf8AreAnEncodingErrorThatSuggestsGb18030() {
        byte[] gbk = """
                id,name
                1,专利
                """.getBytes(Charset.forName("GBK"));

        assertNull(read(gbk, StandardCharsets.UTF_8));
        assertEquals(List.of("data/x/x.csv:2: error: [encoding-error] not valid UTF-8: the file decodes cleanly as GB18030"
                + " (GBK, saved by Chinese Excel); re-save it as 'CSV UTF-8' or declare \"encoding\": \"gb18030\""
                + " in datapackage.json"), rendered());
    }

    @Test
    void encodingErrorNamesTheLineOfTheFirstBadByte() {
        byte[] bytes = concat("id,name\n1,ok\n".getBytes(StandardCharsets.UTF_8), "2,商标\n".getBytes(Charset.forName("GBK")));

        read(bytes, StandardCharsets.UTF_8);

        assertTrue(rendered().get(0).startsWith("data/x/x.csv:3: error: [encoding-error] "), rendered()::toString);
    }

    @Test
    void invalidUtf8ThatIsNotGbkOnlyAsksForUtf8() {
        read(concat("id,v\n1,ab".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, '\n'}), StandardCharsets.UTF_8);

        assertEquals(List.of("data/x/x.csv:2: error: [encoding-error] not valid UTF-8: re-save the file as UTF-8"), rendered());
    }

    @Test
    void invalidByteOnAShortLineIsReportedOnItsOwnLine() {
        read(new byte[] {'i', 'd', '\n', (byte) 0xFF, '\n', 'x', '\n'}, StandardCharsets.UTF_8);

        assertEquals(List.of("data/x/x.csv:2: error: [encoding-error] not valid UTF-8: re-save the file as UTF-8"), rendered());
    }

    @Test
    void invalidByteAtTheEndOfAShortLastLineIsReportedOnItsOwnLine() {
        read(new byte[] {'i', 'd', '\n', 'a', (byte) 0xE5}, StandardCharsets.UTF_8);

        assertEquals(List.of("data/x/x.csv:2: error: [encoding-error] not valid UTF-8: re-save the file as UTF-8"), rendered());
    }

    @Test
    void encodingErrorLineCountsCrOnlyLineEndings() {
        read(new byte[] {'i', 'd', '\r', '1', '\r', '\n', '2', '\r', (byte) 0xFF, '\r'}, StandardCharsets.UTF_8);

        assertEquals(List.of("data/x/x.csv:4: error: [encoding-error] not valid UTF-8: re-save the file as UTF-8"), rendered());
    }

    @Test
    void invalidGb18030ByteIsReportedOnItsLine() {
        // 0x80 is not a GB18030 lead byte; the bad line is only two bytes long.
        read(concat("id\n1\n".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x80, '\n'}), GB18030);

        assertEquals(List.of("data/x/x.csv:3: error: [encoding-error] not valid GB18030: re-save the file as UTF-8"), rendered());
    }

    @Test
    void gbkBytesDeclaredAsGb18030DecodeCorrectly() {
        byte[] gbk = """
                id,name
                1,专利
                """.getBytes(Charset.forName("GBK"));

        CsvTableReader.Table table = read(gbk, GB18030);

        assertEquals(List.of(List.of("1", "专利")), cells(table));
    }

    @Test
    void gb18030BomIsStrippedFromTheFirstHeaderLabel() {
        byte[] bytes = "\uFEFFid,v\n1,2\n".getBytes(GB18030);

        CsvTableReader.Table table = read(bytes, GB18030);

        assertEquals("id", table.header().get(0));
    }

    @Test
    void gb18030FileWithoutBomKeepsItsFirstCharacter() {
        // Only the exact four-byte mark is stripped; a header starting with a Chinese label is untouched.
        CsvTableReader.Table table = read("编号,v\n1,2\n".getBytes(GB18030), GB18030);

        assertEquals("编号", table.header().get(0));
    }

    // --- line endings and RFC 4180 quoting -------------------------------------------------

    @Test
    void mixedCrlfAndLfLineEndingsAreRowsOnConsecutiveLines() {
        CsvTableReader.Table table = read("id,v\r\n1,2\n3,4\r\n");

        assertEquals(List.of(2, 3), table.rows().stream().map(DatasetRow::line).toList());
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), cells(table));
    }

    @Test
    void quotedCellKeepsItsComma() {
        CsvTableReader.Table table = read("""
                id,v
                "a,b",1
                """);

        assertEquals(List.of(List.of("a,b", "1")), cells(table));
    }

    @Test
    void doubledQuoteInQuotedCellIsOneQuote() {
        CsvTableReader.Table table = read("""
                id,v
                1,"say ""hi""\"
                """);

        assertEquals(List.of(List.of("1", "say \"hi\"")), cells(table));
    }

    @Test
    void quotedCellKeepsItsNewline() {
        CsvTableReader.Table table = read("""
                id,v
                "line1
                line2",x
                """);

        assertEquals(List.of(List.of("line1\nline2", "x")), cells(table));
    }

    @Test
    void crlfInsideQuotedCellBecomesLf() {
        CsvTableReader.Table table = read("id,v\r\n\"a\r\nb\",x\r\n");

        assertEquals(List.of(List.of("a\nb", "x")), cells(table));
    }

    @Test
    void rowAfterMultiLineCellReportsItsOwnStartLine() {
        CsvTableReader.Table table = read("""
                id,v
                "line1
                line2",x
                5,6
                """);

        assertEquals(List.of(2, 4), table.rows().stream().map(DatasetRow::line).toList());
    }

    @Test
    void unclosedQuoteIsAQuoteError() {
        assertNull(read("""
                id,v
                1,"abc
                3,4
                """));
        // Reported where the quote opened (catalogue row 5), not at the end of the file.
        assertEquals(List.of("data/x/x.csv:2:2: error: [quote-error] the quote that opens this cell is never closed, so the rest"
                + " of the file would be one cell; close it or delete it"), rendered());
    }

    // --- header --------------------------------------------------------------------------------

    @Test
    void blankLabelIsReportedAtItsColumn() {
        assertNull(read("""
                id,,v
                1,2,3
                """));
        assertEquals(List.of("data/x/x.csv:1:2: error: [blank-label] column 2 has no header label"), rendered());
    }

    @Test
    void whitespaceOnlyLabelIsBlank() {
        read("""
                id, ,v
                1,2,3
                """);

        assertEquals(List.of("data/x/x.csv:1:2: error: [blank-label] column 2 has no header label"), rendered());
    }

    @Test
    void duplicateLabelNamesBothColumns() {
        assertNull(read("""
                id,v,v
                1,2,3
                """));
        assertEquals(List.of("data/x/x.csv:1:3: error: [duplicate-label] header label 'v' is used by columns 2 and 3"),
                rendered());
    }

    @Test
    void headerOnlyFileHasNoRows() {
        CsvTableReader.Table table = read("id,v\n");

        assertEquals(List.of("id", "v"), table.header());
        assertEquals(List.of(), table.rows());
    }

    @Test
    void fileOfBlankLinesHasNoHeaderRow() {
        assertNull(read("\n\n"));
        assertEquals(List.of("data/x/x.csv: error: [blank-file] file has no header row"), rendered());
    }

    // --- row structure ---------------------------------------------------------------------

    @Test
    void shortRowIsAMissingCell() {
        assertNull(read("""
                id,v
                1
                """));
        assertEquals(List.of("data/x/x.csv:2: error: [missing-cell] expected 2 cells, got 1"), rendered());
    }

    @Test
    void longRowIsAnExtraCellAtTheFirstExtraColumn() {
        assertNull(read("""
                id,v
                1,2,3
                """));
        assertEquals(List.of("data/x/x.csv:2:3: error: [extra-cell] expected 2 cells, got 3 (a trailing comma counts as a cell)"),
                rendered());
    }

    @Test
    void trailingCommaIsAnExtraCell() {
        assertNull(read("""
                id,v
                1,2,
                """));
        assertEquals(List.of("data/x/x.csv:2:3: error: [extra-cell] expected 2 cells, got 3 (a trailing comma counts as a cell)"),
                rendered());
    }

    @Test
    void blankRowInTheMiddleIsAnError() {
        assertNull(read("""
                id,v
                1,2

                3,4
                """));
        assertEquals(List.of("data/x/x.csv:3: error: [blank-row] blank row inside the data; delete it"
                + " (notes belong in datapackage.json, not below the table)"), rendered());
    }

    @Test
    void rowOfEmptyCellsInTheMiddleIsABlankRow() {
        read("""
                id,v
                1,2
                ,
                3,4
                """);

        assertTrue(rendered().get(0).startsWith("data/x/x.csv:3: error: [blank-row] "), rendered()::toString);
    }

    @Test
    void blankLinesAtEndOfFileAreAccepted() {
        CsvTableReader.Table table = read("id,v\n1,2\n\n\n");

        assertNotNull(table);
        assertEquals(List.of(List.of("1", "2")), cells(table));
        assertEquals(List.of(), rendered());
    }

    @Test
    void everyBadRowIsReported() {
        read("""
                id,v
                1
                2,3,4
                """);

        assertEquals(List.of(
                "data/x/x.csv:2: error: [missing-cell] expected 2 cells, got 1",
                "data/x/x.csv:3:3: error: [extra-cell] expected 2 cells, got 3 (a trailing comma counts as a cell)"),
                rendered());
    }

    // --- forbidden characters -----------------------------------------------------------------

    @Test
    void bidiOverrideIsAControlCharacter() {
        assertNull(read("id,v\n1,abc\u202Edef\n"));
        assertEquals(List.of("data/x/x.csv:2:2: error: [control-character] cell contains the invisible character U+202E; delete it"),
                rendered());
    }

    @Test
    void bidiIsolateIsAControlCharacter() {
        read("id,v\n\u2066x,1\n");

        assertEquals(List.of("data/x/x.csv:2:1: error: [control-character] cell contains the invisible character U+2066; delete it"),
                rendered());
    }

    @Test
    void nulIsAControlCharacter() {
        read("id,v\n1,a\u0000b\n");

        assertEquals(List.of("data/x/x.csv:2:2: error: [control-character] cell contains the invisible character U+0000; delete it"),
                rendered());
    }

    @Test
    void tabInsideCellIsAllowed() {
        CsvTableReader.Table table = read("id,v\n1,a\tb\n");

        assertEquals(List.of(List.of("1", "a\tb")), cells(table));
    }

    @Test
    void oversizedCellIsASizeError() {
        String big = "x".repeat(CsvTableReader.MAX_CELL_CHARS + 1);

        read("id,v\n1," + big + "\n");

        assertEquals(List.of("data/x/x.csv:2:2: error: [size-error] cell has " + (CsvTableReader.MAX_CELL_CHARS + 1)
                + " characters; the limit is " + CsvTableReader.MAX_CELL_CHARS), rendered());
    }
}
