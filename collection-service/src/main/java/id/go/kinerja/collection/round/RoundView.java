package id.go.kinerja.collection.round;

import id.go.kinerja.collection.plan.Frequency;
import id.go.kinerja.collection.plan.PlanVersionRef;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.plan.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A collection round with its items (the indicators to collect) and each item's entry status. "
        + "Operators and division heads see the items of their own division only.")
public record RoundView(
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        RoundStatus status,
        @Schema(description = "The published performance agreement the round was opened on: its indicators and "
                + "targets are the round's. Null for rounds opened before plan versions existed")
        PlanVersionRef planVersion,
        String openedBy,
        Instant openedAt,
        List<Item> items) {

    @Schema(name = "RoundItem", description = "An indicator of the round and the state of its entry (realisasi)")
    public record Item(
            @Schema(example = "IKP-02") String indicatorCode,
            @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") String indicatorName,
            @Schema(example = "orang") String unit,
            @Schema(example = "3.30.07") String nodeCode,
            @Schema(example = "PERDAGANGAN") String divisionCode,
            ValueType valueType,
            Frequency frequency,
            @Schema(description = "Target of the round's quarter") Target target,
            EntryState state,
            @Schema(description = "Realisation (realisasi) entered, for NUMBER and PERCENT indicators") BigDecimal value,
            @Schema(description = "Grade entered, for PREDICATE indicators") String grade,
            @Schema(description = "Why the realisation is not available, when the entry answers no data (tidak ada "
                    + "data); null otherwise") String noDataReason,
            @Schema(description = "Version of the entry, for optimistic locking") long version) {
    }
}
