package id.go.kinerja.collection.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kinerja.collection.support.Codes;
import id.go.kinerja.collection.support.Decimals;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The target of one quarter: exactly one of a number ({@code value}), a range ({@code min} and
 * {@code max}), or a grade ({@code grade}, predicate indicators). The same shape travels in RecapSubmitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Target (target) of one quarter: a value, a range {min, max}, or a grade (predicate indicators)")
public record Target(
        @Schema(description = "1-4; annual indicators have one target for quarter 4 (may be omitted)", example = "1")
        @Min(1) @Max(4) Integer quarter,
        @Schema(example = "25")
        @DecimalMin(value = "0", message = "{kinerja.notNegative}") @Digits(integer = 15, fraction = 4) BigDecimal value,
        @Schema(description = "Lower bound of a range target", example = "3")
        @DecimalMin(value = "0", message = "{kinerja.notNegative}") @Digits(integer = 15, fraction = 4) BigDecimal min,
        @Schema(description = "Upper bound of a range target", example = "5")
        @DecimalMin(value = "0", message = "{kinerja.notNegative}") @Digits(integer = 15, fraction = 4) BigDecimal max,
        @Schema(description = "Grade of a predicate indicator", example = "BB")
        @Pattern(regexp = Codes.GRADE, message = Codes.GRADE_TEMPLATE) String grade) {

    public static Target of(int quarter, BigDecimal value, BigDecimal min, BigDecimal max, String grade) {
        return new Target(quarter, Decimals.plain(value), Decimals.plain(min), Decimals.plain(max), grade);
    }

    @JsonIgnore
    public int quarterOr4() {
        return quarter == null ? 4 : quarter;
    }
}
