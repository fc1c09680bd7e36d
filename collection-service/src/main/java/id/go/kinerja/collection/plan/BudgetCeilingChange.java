package id.go.kinerja.collection.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The budget ceiling (pagu, IDR, from the DPA) of a node for one year")
public record BudgetCeilingChange(
        @Schema(example = "1250000000") @NotNull @DecimalMin(value = "0", message = "{kinerja.notNegative}")
        @Digits(integer = 16, fraction = 2) BigDecimal amount) {
}
