package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.export.SpreadsheetFormulas;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180, UTF-8, comma or semicolon as Excel writes it in Indonesian locales) record by
 * record, handing each on as it is read. A cell that the services' own CSV export neutralised ({@code '=...}) is read
 * back as the text it was, so a worksheet downloaded and uploaded unchanged changes nothing.
 */
public final class CsvRows {

    /** Characters of one line of the file (also the first line's, which is read twice to find the separator). */
    static final int MAX_LINE = 1 << 16;

    private CsvRows() {
    }

    public static void read(InputStream in, RowSink sink) {
        BufferedReader reader = new BufferedReader(new LineLimit(new InputStreamReader(in, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))));
        try {
            reader.mark(MAX_LINE + 2);
            String first = reader.readLine();
            if (first == null) {
                throw new InvalidInput("header", CollectionProblem.text("file.noHeader"));
            }
            reader.reset();
            char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> header = null;
                for (CSVRecord record : parser) {
                    // a file the services wrote carries text that looked like a formula with an apostrophe in front
                    List<String> cells = record.stream().map(SpreadsheetFormulas::restore).toList();
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (header == null) {
                        header = sink.header(cells);
                        continue;
                    }
                    // the header is row 1: the row number is the record number as a spreadsheet shows it
                    int rowNumber = (int) record.getRecordNumber();
                    Map<String, String> values = new HashMap<>();
                    for (int i = 0; i < cells.size(); i++) {
                        if (i < header.size()) {
                            values.put(header.get(i), cells.get(i));
                        } else if (!cells.get(i).isBlank()) {
                            throw new InvalidInput("row " + rowNumber, CollectionProblem.text("file.cellsBeyondHeader"));
                        }
                    }
                    sink.row(rowNumber, values);
                }
                if (header == null) {
                    throw new InvalidInput("header", CollectionProblem.text("file.noHeader"));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInput(PlatformProblem.FILE_UNREADABLE, "file", CollectionProblem.text("file.csvNotUtf8"));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new InvalidInput(PlatformProblem.FILE_UNREADABLE, "file", CollectionProblem.text("file.csvNotUtf8"));
            }
            throw new InvalidInput(PlatformProblem.FILE_UNREADABLE, "file",
                    CollectionProblem.text("file.csvUnreadable", e.getMessage()));
        }
    }

    /**
     * Refuses a line longer than {@link #MAX_LINE} characters: the parser builds a record's cells as a whole, so a
     * file of one line of twenty million commas would otherwise be twenty million cells in memory. A worksheet or plan
     * row is a few hundred characters; a note at most 2,000.
     */
    private static final class LineLimit extends FilterReader {

        private int length;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int n) throws IOException {
            int read = super.read(buffer, offset, n);
            for (int i = 0; i < read; i++) {
                count(buffer[offset + i]);
            }
            return read;
        }

        private void count(int c) {
            length = c == '\n' ? 0 : length + 1;
            if (length > MAX_LINE) {
                throw new InvalidInput(PlatformProblem.FILE_UNREADABLE, "file",
                        CollectionProblem.text("file.lineTooLong", MAX_LINE));
            }
        }
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
