package id.go.kinerja.archive.report;

import id.go.kinerja.archive.problem.ArchiveProblem;
import id.go.kinerja.archive.report.ArchivedResults.Archived;
import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Kind;
import id.go.kinerja.archive.report.Report.Row;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.export.IndonesianCalendar;
import id.go.kinerja.platform.problem.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The regency-wide export (issue 6): one row per indicator of the newest archived revision of every recap of every
 * agency for a year (or one quarter of it), as XLSX or CSV, in the wording and number formats of the agencies' own
 * reports. Rows are written as the database cursor delivers the records, so memory does not grow with the export.
 */
@ApplicationScoped
public class RegencyExport {

    static final String SHEET = "Hasil Kinerja";

    private static final List<Column> LEADING = List.of(
            new Column("agencyCode", "Kode Perangkat Daerah", Kind.TEXT),
            new Column("agencyName", "Perangkat Daerah", Kind.TEXT), new Column("period", "Periode", Kind.TEXT),
            new Column("level", "Tingkat", Kind.TEXT), new Column("code", "Kode", Kind.TEXT),
            new Column("indicator", "Indikator", Kind.TEXT), new Column("unit", "Satuan", Kind.TEXT),
            new Column("target", "Target", Kind.QUANTITY), new Column("realisation", "Realisasi", Kind.QUANTITY));
    private static final List<Column> MEASUREMENT = List.of(
            new Column("achievement", "Capaian (%)", Kind.PERCENT), new Column("predicate", "Predikat", Kind.TEXT));
    private static final List<Column> COLLECTION = List.of(
            new Column("division", "Bidang", Kind.TEXT), new Column("enteredBy", "Diinput oleh", Kind.TEXT),
            new Column("verifiedBy", "Diverifikasi oleh", Kind.TEXT));
    private static final List<Column> TRAILING = List.of(
            new Column("revision", "Revisi", Kind.QUANTITY), new Column("archiveId", "ID Arsip", Kind.TEXT),
            new Column("seal", "Segel", Kind.TEXT));

    @Inject
    ArchivedResults results;

    @Inject
    AuditTrail audit;

    public record Export(String mediaType, String fileName, StreamingOutput body) {
    }

    /** Checks the request before the first byte is written; the body then streams. */
    public Export export(Integer year, Integer quarter, String typeParameter, String formatParameter) {
        List<InvalidInput> problems = new ArrayList<>();
        ReportType type = null;
        ReportFormat format = null;
        try {
            type = ReportType.of(typeParameter);
        } catch (InvalidInput e) {
            problems.add(e);
        }
        try {
            format = ReportFormat.of(formatParameter);
            if (format != ReportFormat.XLSX && format != ReportFormat.CSV) {
                problems.add(new InvalidInput("format", ArchiveProblem.text("report.notOneOf", formatParameter, "xlsx, csv")));
            }
        } catch (InvalidInput e) {
            problems.add(e);
        }
        if (year == null) {
            problems.add(new InvalidInput("year", ArchiveProblem.text("report.required")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().flatMap(p -> p.errors().stream()).toList());
        }
        recordTheExport(year, quarter, type, format);
        List<Column> columns = columns(type);
        ReportType chosen = type;
        ReportFormat as = format;
        StreamingOutput body = out -> {
            try (StreamedTable table = as == ReportFormat.XLSX
                    ? XlsxReportWriter.streamed(out, SHEET, columns, XlsxReportWriter.SHEET_ROWS)
                    : CsvReportWriter.streamed(out, columns)) {
                results.forEach(year, quarter, record -> rows(chosen, record, table::add));
                table.finish();
            }
        };
        String fileName = (type == ReportType.COLLECTION ? "hasil-pengumpulan-data-kinerja-" : "hasil-pengukuran-kinerja-")
                + "kabupaten-" + year + (quarter == null ? "" : "-tw" + quarter) + "." + format.parameter;
        return new Export(format.mediaType, fileName, body);
    }

    /**
     * A read across every agency is the one read worth an audit row: who took the regency's results, and which.
     * It commits on its own, before the file streams.
     */
    private void recordTheExport(int year, Integer quarter, ReportType type, ReportFormat format) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("year", year);
        request.put("quarter", quarter);
        request.put("type", type.name());
        request.put("format", format.parameter);
        QuarkusTransaction.requiringNew().run(() -> audit.record("RegencyResultsExported",
                "regency/" + year + (quarter == null ? "" : "/" + quarter), null, request));
    }

    private static List<Column> columns(ReportType type) {
        List<Column> columns = new ArrayList<>(LEADING);
        columns.addAll(type == ReportType.MEASUREMENT ? MEASUREMENT : COLLECTION);
        columns.addAll(TRAILING);
        return columns;
    }

    /** The record's indicators in the order of its document, each with the plan level of its node. */
    private static void rows(ReportType type, Archived record, Consumer<Row> rows) {
        DisposedRecap document = DisposedRecap.read(record.document());
        Map<String, String> levelOfNode = new HashMap<>();
        document.nodes().forEach(node -> levelOfNode.put(node.code(), node.level()));
        String period = IndonesianCalendar.period(record.year(), record.quarter());
        for (DisposedRecap.Item item : document.items()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("agencyCode", record.agencyCode());
            cells.put("agencyName", record.agencyName());
            cells.put("period", period);
            String level = levelOfNode.get(item.nodeCode());
            cells.put("level", level == null ? "" : ReportBuilder.level(level));
            if (type == ReportType.MEASUREMENT) {
                cells.putAll(ReportBuilder.measuredCells(item, record.quarter()));
            } else {
                DisposedRecap.Quantity realisation = item.realisationOf(record.quarter());
                cells.put("code", ReportBuilder.text(item.indicatorCode()));
                cells.put("indicator", ReportBuilder.text(item.indicatorName()));
                cells.put("unit", ReportBuilder.text(item.unit()));
                cells.put("target", item.targetOf(record.quarter()).shown());
                cells.put("realisation", realisation.shown());
                cells.put("division", ReportBuilder.text(item.divisionCode()));
                cells.put("enteredBy", ReportBuilder.text(realisation.enteredBy()));
                cells.put("verifiedBy", ReportBuilder.text(realisation.verifiedBy()));
            }
            cells.put("revision", BigDecimal.valueOf(record.revision()));
            cells.put("archiveId", record.archiveId().toString());
            cells.put("seal", record.seal());
            rows.accept(new Row(false, cells));
        }
    }
}
