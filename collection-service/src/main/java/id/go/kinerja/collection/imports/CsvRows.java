package id.go.kinerja.collection.imports;

import id.go.kinerja.platform.problem.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * record, handing each on as it is read.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static void read(InputStream in, RowSink sink) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            reader.mark(1 << 16);
            String first = reader.readLine();
            if (first == null) {
                throw new InvalidInput("header", "the file is empty: the first row must name the columns");
            }
            reader.reset();
            char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> header = null;
                for (CSVRecord record : parser) {
                    List<String> cells = record.toList();
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
                            throw new InvalidInput("row " + rowNumber, "has more cells than the header has columns");
                        }
                    }
                    sink.row(rowNumber, values);
                }
                if (header == null) {
                    throw new InvalidInput("header", "the file is empty: the first row must name the columns");
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "the CSV file is not UTF-8 text");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new InvalidInput("file", "the CSV file is not UTF-8 text");
            }
            throw new InvalidInput("file", "the CSV file cannot be read: " + e.getMessage());
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
