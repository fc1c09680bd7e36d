package id.go.kinerja.collection.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Realised spending to date (realisasi anggaran, IDR) of a program, activity or sub-activity")
public record BudgetInput(
        @Schema(example = "312500000") @NotNull @DecimalMin(value = "0", message = "{kinerja.notNegative}")
        @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @Schema(description = "Required when the amount is above the pagu", example = "Tambahan dari APBD Perubahan")
        @Size(max = 2000) String justification) {
}
