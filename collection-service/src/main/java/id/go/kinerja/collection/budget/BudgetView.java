package id.go.kinerja.collection.budget;

import id.go.kinerja.collection.plan.NodeLevel;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Realised spending to date (realisasi anggaran) of a node in a round, beside its pagu")
public record BudgetView(
        @Schema(example = "3.30.03") String nodeCode,
        @Schema(example = "Program Peningkatan Sarana Distribusi Perdagangan") String nodeName,
        NodeLevel level,
        @Schema(description = "Pagu (IDR) of the round's year", example = "1250000000") BigDecimal budgetCeiling,
        @Schema(example = "312500000") BigDecimal amount,
        String justification,
        String recordedBy,
        Instant recordedAt,
        long version) {
}
