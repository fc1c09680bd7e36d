package id.go.kinerja.archive.report;

import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Row;
import id.go.kinerja.archive.report.Report.Table;
import id.go.kinerja.platform.export.CsvWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * CSV for a spreadsheet set to Indonesian ({@link CsvWriter#forIndonesianSpreadsheets}: UTF-8 with a byte-order
 * mark, ";"-separated, text that a spreadsheet would run as a formula neutralised), numbers without thousands
 * grouping and with a decimal comma (1234567,89). Header lines (key;value) come first; then each table: its title
 * on a line of its own, its column headers, its rows, and an empty line; then the disposition and the seal.
 */
final class CsvReportWriter {

    void write(Report report, OutputStream out) {
        CsvWriter csv = CsvWriter.forIndonesianSpreadsheets(out);
        csv.row("Laporan", report.title());
        csv.row("Perangkat Daerah", report.agencyName() + " (" + report.agencyCode() + ")");
        csv.row("Periode", report.period());
        csv.row("Nomor", report.reportNumber());
        for (String highlight : report.highlights()) {
            csv.row("", highlight);
        }
        csv.emptyLine();
        for (Table table : report.tables()) {
            csv.row(table.title());
            csv.row(headers(table.columns()));
            for (Row row : table.rows()) {
                csv.row(fields(table.columns(), row));
            }
            csv.emptyLine();
        }
        csv.row("Disposisi Kepala", report.disposition().text());
        csv.row("Oleh", report.disposition().decidedBy());
        csv.row("Tanggal", report.disposition().decidedAtText());
        Report.ArchiveSeal seal = report.seal();
        csv.row("ID arsip", seal.archiveId().toString());
        csv.row("Posisi rantai", String.valueOf(seal.chainPosition()));
        csv.row("Hash isi (SHA-256)", seal.contentHash());
        csv.row("Segel sebelumnya", seal.previousHash());
        csv.row("Segel", seal.seal());
        csv.row("Verifikasi", seal.howToVerify());
        csv.flush();
    }

    /** A single table: the header line, then each row as it comes. */
    static StreamedTable streamed(OutputStream out, List<Column> columns) {
        CsvWriter csv = CsvWriter.forIndonesianSpreadsheets(out);
        csv.row(headers(columns));
        return new StreamedTable() {
            @Override
            public void add(Row row) {
                csv.row(fields(columns, row));
            }

            @Override
            public void finish() {
                csv.flush();
            }

            @Override
            public void close() {
                // the response stream belongs to the caller; finish() has flushed what was written
            }
        };
    }

    private static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }

    /** A row's cells in column order: numbers without grouping, decimal comma. */
    private static List<Object> fields(List<Column> columns, Row row) {
        return columns.stream().map(column -> {
            Object value = row.get(column.key());
            return value instanceof BigDecimal number ? IndonesianFormat.plainNumber(number, column.kind()) : value;
        }).toList();
    }
}
