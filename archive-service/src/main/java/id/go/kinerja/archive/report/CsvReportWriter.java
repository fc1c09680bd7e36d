package id.go.kinerja.archive.report;

import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Row;
import id.go.kinerja.archive.report.Report.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for a spreadsheet set to Indonesian: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), fields
 * separated by ";" because "," is the decimal mark, numbers without thousands grouping (1234567,89), lines
 * ending CRLF, fields quoted with "" when they hold ";", a quote or a line break (RFC 4180). Header lines
 * (key;value) come first; then each table: its title on a line of its own, its column headers, its rows,
 * and an empty line; then the disposition and the seal.
 */
final class CsvReportWriter {

    static final char SEPARATOR = ';';

    void write(Report report, OutputStream out) {
        try {
            Writer writer = open(out);
            line(writer, List.of("Laporan", report.title()));
            line(writer, List.of("Perangkat Daerah", report.agencyName() + " (" + report.agencyCode() + ")"));
            line(writer, List.of("Periode", report.period()));
            line(writer, List.of("Nomor", report.reportNumber()));
            for (String highlight : report.highlights()) {
                line(writer, List.of("", highlight));
            }
            writer.write("\r\n");
            for (Table table : report.tables()) {
                line(writer, List.of(table.title()));
                line(writer, table.columns().stream().map(Column::header).toList());
                for (Row row : table.rows()) {
                    line(writer, fields(table.columns(), row));
                }
                writer.write("\r\n");
            }
            line(writer, List.of("Disposisi Kepala", report.disposition().text()));
            line(writer, List.of("Oleh", report.disposition().decidedBy()));
            line(writer, List.of("Tanggal", report.disposition().decidedAtText()));
            Report.ArchiveSeal seal = report.seal();
            line(writer, List.of("ID arsip", seal.archiveId().toString()));
            line(writer, List.of("Posisi rantai", String.valueOf(seal.chainPosition())));
            line(writer, List.of("Hash isi (SHA-256)", seal.contentHash()));
            line(writer, List.of("Segel sebelumnya", seal.previousHash()));
            line(writer, List.of("Segel", seal.seal()));
            line(writer, List.of("Verifikasi", seal.howToVerify()));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A single table: the header line, then each row as it comes. */
    static StreamedTable streamed(OutputStream out, List<Column> columns) {
        try {
            Writer writer = open(out);
            line(writer, columns.stream().map(Column::header).toList());
            return new StreamedTable() {
                @Override
                public void add(Row row) {
                    try {
                        line(writer, fields(columns, row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void finish() {
                    try {
                        writer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    // the response stream belongs to the caller; finish() has flushed what was written
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark, so a spreadsheet program reads it as UTF-8. */
    private static Writer open(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        return writer;
    }

    /** A row's cells in column order: numbers without grouping, decimal comma. */
    private static List<String> fields(List<Column> columns, Row row) {
        return columns.stream().map(column -> {
            Object value = row.get(column.key());
            return value instanceof BigDecimal number ? IndonesianFormat.plainNumber(number, column.kind())
                    : value == null ? "" : value.toString();
        }).toList();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    private static String quoted(String field) {
        if (field.indexOf(SEPARATOR) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
