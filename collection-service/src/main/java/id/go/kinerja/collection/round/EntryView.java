package id.go.kinerja.collection.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.platform.api.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The entry (realisasi) of one indicator in a round, with why it was sent back or returned, "
        + "and its history")
public record EntryView(
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        @Schema(example = "IKP-02") String indicatorCode,
        @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") String indicatorName,
        @Schema(example = "orang") String unit,
        ValueType valueType,
        @Schema(example = "PERDAGANGAN") String divisionCode,
        @Schema(description = "Target of the round's quarter") Target target,
        EntryState state,
        BigDecimal value,
        String grade,
        @Schema(description = "True when the operator answered that the realisation is not available (tidak ada "
                + "data); value and grade are then null") boolean noData,
        @Schema(description = "Why there is no data (alasan tidak ada data); null unless noData",
                example = "Survei kepuasan triwulan ini ditunda karena anggaran belum cair") String noDataReason,
        String note,
        @Schema(description = "The system a pushed realisation came from; null when an operator entered it",
                example = "SIPD-Keuangan") String source,
        String enteredBy,
        Instant enteredAt,
        String verifiedBy,
        Instant verifiedAt,
        @Schema(description = "The division head's last send-back (null if none)") SentBack sentBack,
        @Schema(description = "The Secretary's last return of this item (null if none); returnTo COLLECTION reopens "
                + "the entry, MEASUREMENT leaves it verified") Returned returned,
        @Schema(description = "The version, also the ETag; send it back as If-Match with the next entry") long version,
        List<Step> history) implements Versioned {

    @Schema(name = "EntrySentBack", description = "Sent back by the division head")
    public record SentBack(String reason, String by, Instant at) {
    }

    @Schema(name = "EntryReturn", description = "Returned by the Secretary's review (pengembalian)")
    public record Returned(
            @Schema(example = "Bukti daftar hadir pelatihan belum dilampirkan") String reason,
            @Schema(example = "COLLECTION") String returnTo,
            String by,
            Instant at,
            @Schema(description = "The recap revision that was returned") int revision) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EntryStep", description = "One step of the entry's history")
    public record Step(
            @Schema(example = "ENTERED") String action,
            String by,
            @Schema(example = "OPERATOR") String role,
            Instant at,
            BigDecimal value,
            String grade,
            @Schema(description = "The reason for no data, on a step that recorded no data") String noDataReason,
            String note,
            String reason) {
    }
}
