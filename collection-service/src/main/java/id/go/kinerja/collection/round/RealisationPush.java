package id.go.kinerja.collection.round;

import id.go.kinerja.collection.support.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Realisations (realisasi) pushed by an integration, e.g. budget realisation from the finance system")
public record RealisationPush(
        @Schema(description = "The system the figures come from, recorded on each entry", example = "SIPD-Keuangan")
        @NotBlank @Size(max = 200) String source,
        @NotNull @Size(min = 1, max = 5000) List<@Valid @NotNull Item> items) {

    @Schema(name = "PushedRealisation", description = "A value for NUMBER / PERCENT indicators, a grade for PREDICATE ones, "
            + "or no data (tidak ada data) with its reason")
    public record Item(
            @Schema(example = "IKP-01") @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String indicatorCode,
            @Schema(example = "20") @DecimalMin(value = "0", message = "{kinerja.notNegative}")
            @Digits(integer = 15, fraction = 4) BigDecimal value,
            @Schema(example = "BB") @Pattern(regexp = Codes.GRADE, message = Codes.GRADE_TEMPLATE) String grade,
            @Schema(description = "True: the realisation is not available; noDataReason says why") Boolean noData,
            @Size(max = 2000) String noDataReason,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "PushedRealisations", description = "The entries now PROPOSED, awaiting their operators' confirmation")
    public record Result(UUID roundId, String source, int proposed, List<Proposed> items) {
    }

    @Schema(name = "ProposedEntry")
    public record Proposed(String indicatorCode, EntryState state, long version) {
    }
}
