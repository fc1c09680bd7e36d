package id.go.kinerja.archive.report;

import static id.go.kinerja.archive.report.IndonesianFormat.dateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import id.go.kinerja.archive.record.ArchiveRecord;
import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Kind;
import id.go.kinerja.archive.report.Report.Row;
import id.go.kinerja.archive.report.Report.Table;
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

/** Lays out an archived RecapDisposed document (docs/events.md) as one of the two reports. */
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
    private final JsonNode document;
    private final String verificationUrl;

    ReportBuilder(ArchiveRecord record, JsonNode document, String verificationUrl) {
        this.record = record;
        this.document = document;
        this.verificationUrl = verificationUrl;
    }

    Report build(ReportType type) {
        List<Table> tables = new ArrayList<>();
        List<String> highlights = new ArrayList<>();
        if (type == ReportType.COLLECTION) {
            tables.add(collectionTable());
            highlights.add("Jumlah indikator: " + document.path("items").size());
        } else {
            tables.addAll(levelTables());
            tables.add(levelSummaryTable());
            JsonNode headline = document.path("headlineAchievement");
            if (headline.hasNonNull("achievement")) {
                highlights.add("Capaian kinerja tingkat " + level(headline.path("level").asText()) + ": "
                        + IndonesianFormat.number(headline.get("achievement").decimalValue(), Kind.PERCENT) + " %");
            }
        }
        tables.add(reviewTable());
        highlights.add("Revisi rekap yang diarsipkan: " + record.revision);
        JsonNode disposition = document.path("disposition");
        Instant decidedAt = instant(disposition.path("decidedAt"));
        return new Report(type.parameter, type.title, record.agencyCode, text(document.path("agencyName")),
                record.year, record.quarter, IndonesianFormat.period(record.year, record.quarter),
                text(document.path("reportNumber")), highlights, tables,
                new Report.Disposition(text(disposition.path("text")), text(disposition.path("decidedBy")), decidedAt,
                        IndonesianFormat.date(decidedAt)),
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
        for (JsonNode item : document.path("items")) {
            JsonNode realisation = ofQuarter(item.path("realisations"));
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("code", text(item.path("indicatorCode")));
            cells.put("indicator", text(item.path("indicatorName")));
            cells.put("unit", text(item.path("unit")));
            cells.put("target", decimal(ofQuarter(item.path("targets")).path("value")));
            cells.put("realisation", decimal(realisation.path("value")));
            cells.put("division", text(item.path("divisionCode")));
            cells.put("enteredBy", text(realisation.path("enteredBy")));
            cells.put("verifiedBy", text(realisation.path("verifiedBy")));
            cells.put("note", text(realisation.path("note")));
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
        document.path("nodes").forEach(node -> levels.add(node.path("level").asText()));
        List<Table> tables = new ArrayList<>();
        for (String level : levels) {
            List<Row> rows = new ArrayList<>();
            for (JsonNode node : document.path("nodes")) {
                if (!level.equals(node.path("level").asText())) {
                    continue;
                }
                JsonNode rollUp = node.path("rollUp");
                Map<String, Object> cells = new LinkedHashMap<>();
                cells.put("code", text(node.path("code")));
                cells.put("indicator", text(node.path("name")));
                cells.put("achievement", decimal(rollUp.path("achievement")));
                cells.put("predicate", predicate(rollUp));
                cells.put("budgetCeiling", decimal(node.path("budgetCeiling")));
                cells.put("budgetRealised", decimal(node.path("budgetRealised")));
                cells.put("budgetAbsorption", decimal(rollUp.path("budgetAbsorption")));
                rows.add(new Row(true, cells));
                for (JsonNode item : document.path("items")) {
                    if (!node.path("code").asText().equals(item.path("nodeCode").asText())) {
                        continue;
                    }
                    JsonNode result = item.path("result");
                    Map<String, Object> itemCells = new LinkedHashMap<>();
                    itemCells.put("code", text(item.path("indicatorCode")));
                    itemCells.put("indicator", text(item.path("indicatorName")));
                    itemCells.put("unit", text(item.path("unit")));
                    itemCells.put("target", decimal(result.path("target")));
                    itemCells.put("realisation", decimal(result.path("realisation")));
                    itemCells.put("achievement", decimal(result.path("achievement")));
                    itemCells.put("predicate", predicate(result));
                    rows.add(new Row(false, itemCells));
                }
            }
            tables.add(new Table(level(level), "Tingkat " + level(level), columns, rows));
        }
        return tables;
    }

    private Table levelSummaryTable() {
        List<Column> columns = List.of(
                new Column("level", "Tingkat", Kind.TEXT), new Column("achievement", "Capaian rata-rata (%)", Kind.PERCENT),
                new Column("predicate", "Predikat", Kind.TEXT), new Column("predicateCounts", "Sebaran predikat", Kind.TEXT));
        List<Row> rows = new ArrayList<>();
        for (JsonNode summary : document.path("levelSummaries")) {
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("level", level(summary.path("level").asText()));
            cells.put("achievement", decimal(summary.path("achievement")));
            cells.put("predicate", summary.hasNonNull("predicate") ? label(summary.get("predicate").asText()) : "");
            List<String> counts = new ArrayList<>();
            summary.path("predicateCounts").fields()
                    .forEachRemaining(e -> counts.add(label(e.getKey()) + ": " + e.getValue().asText()));
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
        for (JsonNode review : document.path("reviews")) {
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("revision", decimal(review.path("revision")));
            cells.put("decidedAt", dateTime(instant(review.path("decidedAt"))));
            cells.put("decidedBy", text(review.path("decidedBy")));
            cells.put("subject", "Seluruh rekap");
            cells.put("decision", decision(review.path("decision").asText()));
            cells.put("reason", text(review.path("note")));
            rows.add(new Row(true, cells));
            for (JsonNode item : review.path("items")) {
                if ("ACCEPTED".equals(item.path("decision").asText()) && !item.hasNonNull("reason")) {
                    continue;
                }
                Map<String, Object> itemCells = new LinkedHashMap<>();
                itemCells.put("revision", decimal(review.path("revision")));
                itemCells.put("subject", text(item.path("indicatorCode")));
                String decision = decision(item.path("decision").asText());
                if (item.hasNonNull("returnTo")) {
                    decision += " " + RETURN_TO.getOrDefault(item.get("returnTo").asText(), item.get("returnTo").asText());
                }
                itemCells.put("decision", decision);
                itemCells.put("reason", text(item.path("reason")));
                rows.add(new Row(false, itemCells));
            }
        }
        return new Table("Reviu", "Keputusan Reviu per Revisi", columns, rows);
    }

    /** The quarter's entry of a targets[] or realisations[] list. */
    private JsonNode ofQuarter(JsonNode entries) {
        return ofQuarter(entries, record.quarter);
    }

    static JsonNode ofQuarter(JsonNode entries, int quarter) {
        for (JsonNode entry : entries) {
            if (entry.path("quarter").asInt() == quarter) {
                return entry;
            }
        }
        return MissingNode.getInstance();
    }

    static String predicate(JsonNode result) {
        if (result.hasNonNull("predicate")) {
            return label(result.get("predicate").asText());
        }
        String status = result.path("status").asText();
        return STATUSES.getOrDefault(status, "");
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

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    static BigDecimal decimal(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
