package id.go.kinerja.collection.plan;

import id.go.kinerja.platform.api.Versioned;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A plan node with its budget ceilings (pagu) per year")
public record NodeView(
        @Schema(example = "3.30.03") String code,
        NodeLevel level,
        @Schema(example = "Program Peningkatan Sarana Distribusi Perdagangan") String name,
        @Schema(example = "S2") String parentCode,
        @Schema(description = "Budget ceilings (pagu) by year; programs, activities and sub-activities only")
        List<BudgetCeiling> budgetCeilings,
        @Schema(description = "The version, also the ETag; send it back as If-Match when setting a budget ceiling")
        long version) implements Versioned {

    @Schema(description = "Budget ceiling (pagu, IDR) of one year")
    public record BudgetCeiling(@Schema(example = "2025") int year, @Schema(example = "1250000000") BigDecimal amount) {
    }
}
