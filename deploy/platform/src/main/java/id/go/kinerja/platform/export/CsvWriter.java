package id.go.kinerja.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the services write CSV: RFC 4180 (fields quoted with "" when they hold the separator, a quote or a line
 * break; lines end CRLF), UTF-8, and every text cell through {@link SpreadsheetFormulas#neutralise}, so that text
 * a user typed (an indicator name, a note, a reviewer's reason) never runs as a formula in the spreadsheet of whoever
 * opens the file. Numbers ({@link BigDecimal} and other {@link Number}s) are written as plain numbers.
 * <p>
 * Rows go straight to the stream: a long export needs no more memory than its widest row.
 */
public final class CsvWriter {

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Comma-separated, for programs and spreadsheets in an English locale. */
    public static CsvWriter commaSeparated(OutputStream out) {
        return open(out, ',', false);
    }

    /**
     * Semicolon-separated with a byte-order mark, for a spreadsheet set to Indonesian: "," is its decimal mark, and
     * without the mark Excel does not read the file as UTF-8.
     */
    public static CsvWriter forIndonesianSpreadsheets(OutputStream out) {
        return open(out, ';', true);
    }

    private static CsvWriter open(OutputStream out, char delimiter, boolean byteOrderMark) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            return new CsvWriter(new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line; null cells are empty, numbers plain, anything else its text, neutralised. */
    public CsvWriter row(List<?> cells) {
        List<String> fields = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            fields.add(field(cell));
        }
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** An empty line, between the parts of a report. */
    public CsvWriter emptyLine() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Hands what was written to the stream; the stream stays open (it is the caller's, e.g. the response's). */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        return SpreadsheetFormulas.neutralise(cell.toString());
    }
}
