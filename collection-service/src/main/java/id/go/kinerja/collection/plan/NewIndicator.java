package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.support.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A performance indicator (indikator kinerja) to create on a plan node. Targets are set per year "
        + "with PUT .../indicators/{code}/targets/{year}.")
public record NewIndicator(
        @Schema(description = "Unique in the agency", example = "IKP-02")
        @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String code,
        @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") @NotBlank @Size(max = 500) String name,
        @Schema(example = "orang") @NotBlank @Size(max = 50) String unit,
        @Schema(description = "The plan node the indicator measures", example = "3.30.07")
        @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String nodeCode,
        @Schema(description = "The responsible division (bidang): its operators enter, its head verifies",
                example = "PERDAGANGAN")
        @NotNull @Pattern(regexp = Codes.DIVISION, message = Codes.DIVISION_TEMPLATE) String divisionCode,
        @NotNull Polarity polarity,
        @NotNull ValueType valueType,
        @NotNull Frequency frequency,
        @NotNull PeriodAggregation periodAggregation) {
}
