package id.go.kinerja.collection.round;

import id.go.kinerja.collection.support.Codes;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The realisation (realisasi) of an indicator for the round's quarter: a value for NUMBER and "
        + "PERCENT indicators, a grade for PREDICATE ones, or no data (tidak ada data) with the reason the realisation "
        + "is not available")
public record EntryInput(
        @Schema(example = "20") @DecimalMin(value = "0", message = "{kinerja.notNegative}")
        @Digits(integer = 15, fraction = 4) BigDecimal value,
        @Schema(example = "BB") @Pattern(regexp = Codes.GRADE, message = Codes.GRADE_TEMPLATE) String grade,
        @Schema(description = "True: the realisation of the quarter is not available (tidak ada data); then neither "
                + "value nor grade, and noDataReason is required. Measured as a missing realisation (INCOMPLETE).")
        Boolean noData,
        @Schema(description = "Why there is no data (alasan tidak ada data); only with noData: true",
                example = "Survei kepuasan triwulan ini ditunda karena anggaran belum cair")
        @Size(max = 2000) String noDataReason,
        @Schema(description = "Explanation, source of the data", example = "Daftar hadir pelatihan 12 Maret 2025")
        @Size(max = 2000) String note) {
}
