package id.go.kinerja.archive.report;

import static id.go.kinerja.platform.export.IndonesianCalendar.dateTime;

import id.go.kinerja.archive.record.ArchiveRecord;
import id.go.kinerja.archive.report.DisposedRecap.Headline;
import id.go.kinerja.archive.report.DisposedRecap.Item;
import id.go.kinerja.archive.report.DisposedRecap.LevelSummary;
import id.go.kinerja.archive.report.DisposedRecap.Node;
import id.go.kinerja.archive.report.DisposedRecap.Quantity;
import id.go.kinerja.archive.report.DisposedRecap.Result;
import id.go.kinerja.archive.report.DisposedRecap.Review;
import id.go.kinerja.archive.report.DisposedRecap.ReviewItem;
import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Kind;
import id.go.kinerja.archive.report.Report.Row;
import id.go.kinerja.archive.report.Report.Table;
import id.go.kinerja.platform.export.IndonesianCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Lays out an archived RecapDisposed document (docs/events.md), read by {@link DisposedRecap}, as one of the two reports. */
final class ReportBuilder {

    private static final Map<String, String> LEVELS = Map.of(
            "GOAL", "Tujuan", "OBJECTIVE", "Sasaran", "PROGRAM", "Program", "ACTIVITY", "Kegiatan",
            "SUB_ACTIVITY", "Sub Kegiatan");
    private static final Map<String, String> DECISIONS = Map.of(
            "APPROVED", "Disetujui", "RETURNED", "Dikembalikan", "ACCEPTED", "Diterima", "REJECTED", "Ditolak");
    private static final Map<String, String> RETURN_TO = Map.of(
            "COLLECTION", "ke pengumpulan data", "MEASUREMENT", "ke pengukuran");
    private static final Map<String, String> STATUSES = Map.of(
            "NOT_EVALUABLE", "Tidak dapat dinilai", "INCOMPLETE", "Belum lengkap");

    private final ArchiveRecord record;
    private final DisposedRecap document;
    private final String verificationUrl;

    ReportBuilder(ArchiveRecord record, DisposedRecap document, String verificationUrl) {
        this.record = record;
        this.document = document;
        this.verificationUrl = verificationUrl;
    }

    Report build(ReportType type) {
        List<Table> tables = new ArrayList<>();
        List<String> highlights = new ArrayList<>();
        if (type == ReportType.COLLECTION) {
            tables.add(collectionTable());
            highlights.add("Jumlah indikator: " + document.items().size());
        } else {
            tables.addAll(levelTables());
            tables.add(levelSummaryTable());
            Headline headline = document.headlineAchievement();
            if (headline != null && headline.achievement() != null) {
                highlights.add("Capaian kinerja tingkat " + level(headline.level()) + ": "
                        + IndonesianFormat.number(headline.achievement(), Kind.PERCENT) + " %");
            }
        }
        tables.add(reviewTable());
        highlights.add("Revisi rekap yang diarsipkan: " + record.revision);
        DisposedRecap.Disposition disposition = document.disposition();
        Instant decidedAt = disposition.decidedAt();
        return new Report(type.parameter, type.title, record.agencyCode, text(document.agencyName()),
                record.year, record.quarter, IndonesianCalendar.period(record.year, record.quarter),
                text(document.reportNumber()), highlights, tables,
                new Report.Disposition(text(disposition.text()), text(disposition.decidedBy()), decidedAt,
                        IndonesianCalendar.date(decidedAt)),
                new Report.ArchiveSeal(record.id, record.chainPosition, record.contentHash, record.previousHash,
                        record.seal, record.archivedAt, verificationUrl,
                        "Keaslian dan keutuhan laporan ini dapat diverifikasi di " + verificationUrl
                                + " (GET, dengan token instansi): hasilnya harus berstatus VALID dengan contentHash "
                                + "yang sama dengan yang tercetak di sini."));
    }

    private Table collectionTable() {
        List<Column> columns = List.of(
                new Column("code", "Kode", Kind.TEXT), new Column("indicator", "Indikator", Kind.TEXT),
                new Column("unit", "Satuan", Kind.TEXT), new Column("target", "Target", Kind.QUANTITY),
                new Column("realisation", "Realisasi", Kind.QUANTITY), new Column("division", "Bidang", Kind.TEXT),
                new Column("enteredBy", "Diinput oleh", Kind.TEXT), new Column("verifiedBy", "Diverifikasi oleh", Kind.TEXT),
                new Column("note", "Catatan", Kind.TEXT));
        List<Row> rows = new ArrayList<>();
        for (Item item : document.items()) {
            Quantity realisation = item.realisationOf(record.quarter);
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("code", text(item.indicatorCode()));
            cells.put("indicator", text(item.indicatorName()));
            cells.put("unit", text(item.unit()));
            cells.put("target", item.targetOf(record.quarter).shown());
            cells.put("realisation", realisation.shown());
            cells.put("division", text(item.divisionCode()));
            cells.put("enteredBy", text(realisation.enteredBy()));
            cells.put("verifiedBy", text(realisation.verifiedBy()));
            cells.put("note", text(realisation.note()));
            rows.add(new Row(false, cells));
        }
        return new Table("Data Kinerja", "Data Kinerja per Indikator", columns, rows);
    }

    private List<Table> levelTables() {
        List<Column> columns = List.of(
                new Column("code", "Kode", Kind.TEXT), new Column("indicator", "Uraian / Indikator", Kind.TEXT),
                new Column("unit", "Satuan", Kind.TEXT), new Column("target", "Target", Kind.QUANTITY),
                new Column("realisation", "Realisasi", Kind.QUANTITY), new Column("achievement", "Capaian (%)", Kind.PERCENT),
                new Column("predicate", "Predikat", Kind.TEXT), new Column("budgetCeiling", "Pagu (Rp)", Kind.MONEY),
                new Column("budgetRealised", "Realisasi Anggaran (Rp)", Kind.MONEY),
                new Column("budgetAbsorption", "Serapan (%)", Kind.PERCENT));
        Set<String> levels = new LinkedHashSet<>();
        document.nodes().forEach(node -> levels.add(String.valueOf(node.level())));
        List<Table> tables = new ArrayList<>();
        for (String level : levels) {
            List<Row> rows = new ArrayList<>();
            for (Node node : document.nodes()) {
                if (!level.equals(String.valueOf(node.level()))) {
                    continue;
                }
                Result rollUp = node.rollUp() == null ? Result.NONE : node.rollUp();
                Map<String, Object> cells = new LinkedHashMap<>();
                cells.put("code", text(node.code()));
                cells.put("indicator", text(node.name()));
                cells.put("achievement", rollUp.achievement());
                cells.put("predicate", predicate(rollUp));
                cells.put("budgetCeiling", node.budgetCeiling());
                cells.put("budgetRealised", node.budgetRealised());
                cells.put("budgetAbsorption", rollUp.budgetAbsorption());
                rows.add(new Row(true, cells));
                for (Item item : document.items()) {
                    if (node.code() == null || !node.code().equals(item.nodeCode())) {
                        continue;
                    }
                    rows.add(new Row(false, measuredCells(item, record.quarter)));
                }
            }
            tables.add(new Table(level(level), "Tingkat " + level(level), columns, rows));
        }
        return tables;
    }

    /**
     * An item's code, name, unit and result: the combined target and realisation, the capaian and predicate. An item
     * without a combined realisation shows the quarters answered "no data" with their reasons instead.
     */
    static Map<String, Object> measuredCells(Item item, int quarter) {
        Result result = item.result() == null ? Result.NONE : item.result();
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("code", text(item.indicatorCode()));
        cells.put("indicator", text(item.indicatorName()));
        cells.put("unit", text(item.unit()));
        cells.put("target", result.target().shown());
        Object realisation = result.realisation().shown();
        cells.put("realisation", realisation != null ? realisation : item.noDataUpTo(quarter));
        cells.put("achievement", result.achievement());
        cells.put("predicate", predicate(result));
        return cells;
    }

    private Table levelSummaryTable() {
        List<Column> columns = List.of(
                new Column("level", "Tingkat", Kind.TEXT), new Column("achievement", "Capaian rata-rata (%)", Kind.PERCENT),
                new Column("predicate", "Predikat", Kind.TEXT), new Column("predicateCounts", "Sebaran predikat", Kind.TEXT));
        List<Row> rows = new ArrayList<>();
        for (LevelSummary summary : document.levelSummaries()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("level", level(String.valueOf(summary.level())));
            cells.put("achievement", summary.achievement());
            cells.put("predicate", summary.predicate() != null ? label(summary.predicate()) : "");
            List<String> counts = new ArrayList<>();
            summary.predicateCounts().forEach((predicate, count) -> counts.add(label(predicate) + ": " + count));
            cells.put("predicateCounts", String.join(", ", counts));
            rows.add(new Row(false, cells));
        }
        return new Table("Ringkasan Tingkat", "Ringkasan Capaian per Tingkat", columns, rows);
    }

    private Table reviewTable() {
        List<Column> columns = List.of(
                new Column("revision", "Revisi", Kind.QUANTITY), new Column("decidedAt", "Tanggal", Kind.TEXT),
                new Column("decidedBy", "Diputuskan oleh", Kind.TEXT), new Column("subject", "Indikator", Kind.TEXT),
                new Column("decision", "Keputusan", Kind.TEXT), new Column("reason", "Catatan / Alasan", Kind.TEXT));
        List<Row> rows = new ArrayList<>();
        for (Review review : document.reviews()) {
            BigDecimal revision = review.revision() == null ? null : BigDecimal.valueOf(review.revision());
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("revision", revision);
            cells.put("decidedAt", dateTime(review.decidedAt()));
            cells.put("decidedBy", text(review.decidedBy()));
            cells.put("subject", "Seluruh rekap");
            cells.put("decision", decision(String.valueOf(review.decision())));
            cells.put("reason", text(review.note()));
            rows.add(new Row(true, cells));
            for (ReviewItem item : review.items()) {
                if ("ACCEPTED".equals(item.decision()) && item.reason() == null) {
                    continue;
                }
                Map<String, Object> itemCells = new LinkedHashMap<>();
                itemCells.put("revision", revision);
                itemCells.put("subject", text(item.indicatorCode()));
                String decision = decision(String.valueOf(item.decision()));
                if (item.returnTo() != null) {
                    decision += " " + RETURN_TO.getOrDefault(item.returnTo(), item.returnTo());
                }
                itemCells.put("decision", decision);
                itemCells.put("reason", text(item.reason()));
                rows.add(new Row(false, itemCells));
            }
        }
        return new Table("Reviu", "Keputusan Reviu per Revisi", columns, rows);
    }

    static String predicate(Result result) {
        if (result.predicate() != null) {
            return label(result.predicate());
        }
        return STATUSES.getOrDefault(String.valueOf(result.status()), "");
    }

    static String level(String level) {
        return LEVELS.getOrDefault(level, label(level));
    }

    private static String decision(String decision) {
        return DECISIONS.getOrDefault(decision, label(decision));
    }

    /** SANGAT_TINGGI → "Sangat Tinggi". */
    static String label(String constant) {
        return Arrays.stream(constant.split("_")).filter(w -> !w.isEmpty())
                .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
