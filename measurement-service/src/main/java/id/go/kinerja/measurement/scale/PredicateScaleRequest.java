package id.go.kinerja.measurement.scale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PredicateScaleRequest", description = "A predicate scale (skala predikat capaian) the agency adopts "
        + "from a date: bands that together cover every achievement exactly once")
public record PredicateScaleRequest(
        @NotBlank @Size(max = 100) @Schema(example = "SAKIP_6") String name,
        @NotNull @Schema(description = "First day (WIB) of the reporting periods the scale applies to; a recap uses "
                + "the scale in effect at the end of its period", example = "2026-01-01") LocalDate effectiveFrom,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull BandRequest> bands) {

    @Schema(name = "PredicateBand", description = "Achievements from lowerBound (inclusive) to upperBound (exclusive); "
            + "the lowest band has no lowerBound and the highest no upperBound")
    public record BandRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{kinerja.upperCaseCode}")
            @Schema(description = "Predicate (predikat)", example = "SANGAT_BAIK") String name,
            @Digits(integer = 7, fraction = 2) @Schema(example = "91") BigDecimal lowerBound,
            @Digits(integer = 7, fraction = 2) @Schema(example = "101") BigDecimal upperBound) {
    }
}
