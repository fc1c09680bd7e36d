package id.go.kinerja.archive.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A report of one archived recap as the renderers lay it out: a header, tables, the Head's disposition and
 * the archive seal. The JSON format is this structure as it is; the other formats print it.
 */
@Schema(name = "ArchiveReport", description = "A report (laporan) of an archived recap, structured")
public record Report(
        @Schema(example = "measurement") String type,
        @Schema(example = "Laporan Hasil Pengukuran Kinerja") String title,
        @Schema(example = "DISDAGTRANS") String agencyCode,
        @Schema(example = "Dinas Perdagangan dan Transmigrasi") String agencyName,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        @Schema(description = "The period as printed", example = "Triwulan I Tahun 2025") String period,
        @Schema(description = "Report number (nomor laporan), if the recap has one") String reportNumber,
        @Schema(description = "Lines printed under the title, e.g. the headline achievement (capaian IKU)") List<String> highlights,
        List<Table> tables,
        Disposition disposition,
        ArchiveSeal seal) {

    public enum Kind {
        /** Printed as it is. */
        TEXT,
        /** A target or realisation: its own decimals, at least none. */
        QUANTITY,
        /** A percentage (capaian, serapan): two decimals. */
        PERCENT,
        /** Rupiah: two decimals. */
        MONEY
    }

    @Schema(name = "ArchiveReportColumn")
    public record Column(String key, String header, Kind kind) {
    }

    @Schema(name = "ArchiveReportRow", description = "summary marks a roll-up or heading row (printed bold)")
    public record Row(boolean summary, Map<String, Object> cells) {

        public Object get(String key) {
            return cells.get(key);
        }
    }

    @Schema(name = "ArchiveReportTable")
    public record Table(
            @Schema(description = "Short name (the XLSX sheet name)", example = "Sasaran") String name,
            @Schema(example = "Tingkat Sasaran") String title,
            List<Column> columns,
            List<Row> rows) {
    }

    @Schema(name = "ArchiveReportDisposition", description = "The Head's disposition (disposisi Kepala)")
    public record Disposition(String text, String decidedBy, Instant decidedAt, String decidedAtText) {
    }

    @Schema(name = "ArchiveReportSeal", description = "The archive seal and how to verify it")
    public record ArchiveSeal(UUID archiveId, long chainPosition, String contentHash, String previousHash, String seal,
                              Instant archivedAt, String verificationUrl, String howToVerify) {
    }
}
