package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.agency.NewDivision;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole plan of an agency for one year (rencana kinerja / perjanjian kinerja with the DPA budget),
 * as the bulk endpoint takes it and gives it back.
 */
@Schema(description = "The agency's plan for one year: divisions, plan nodes with their budget ceiling (pagu) of "
        + "the year, and indicators with their targets of the year")
public record PlanDocument(
        @Schema(description = "Optional guard: when given it must be the token's agency", example = "DISDAGTRANS")
        String agencyCode,
        @Schema(description = "Optional: the agency's name", example = "Dinas Perdagangan dan Transmigrasi")
        @Size(max = 200) String agencyName,
        @Schema(description = "Optional guard: when given it must be the year of the path", example = "2025")
        Integer year,
        @Schema(description = "Divisions to create or rename; optional") List<@Valid @NotNull NewDivision> divisions,
        @NotNull List<@Valid @NotNull Node> nodes,
        @NotNull List<@Valid @NotNull IndicatorSpec> indicators) {

    @Schema(name = "PlanDocumentNode", description = "A plan node and its budget ceiling (pagu) of the year")
    public record Node(
            @Schema(example = "3.30.03") @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String code,
            @NotNull NodeLevel level,
            @Schema(example = "Program Peningkatan Sarana Distribusi Perdagangan") @NotBlank @Size(max = 500) String name,
            @Schema(description = "Null for a goal", example = "S2")
            @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String parentCode,
            @Schema(description = "Pagu (IDR) of the year; programs, activities and sub-activities only",
                    example = "1250000000")
            @DecimalMin(value = "0", message = "{kinerja.notNegative}") @Digits(integer = 16, fraction = 2)
            BigDecimal budgetCeiling) {
    }

    @Schema(name = "PlanDocumentIndicator", description = "An indicator and its targets of the year")
    public record IndicatorSpec(
            @Schema(example = "IKP-02") @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String code,
            @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") @NotBlank @Size(max = 500) String name,
            @Schema(example = "orang") @NotBlank @Size(max = 50) String unit,
            @Schema(example = "3.30.07") @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String nodeCode,
            @Schema(example = "PERDAGANGAN")
            @NotNull @Pattern(regexp = Codes.DIVISION, message = Codes.DIVISION_TEMPLATE) String divisionCode,
            @NotNull Polarity polarity,
            @NotNull ValueType valueType,
            @NotNull Frequency frequency,
            @NotNull PeriodAggregation periodAggregation,
            @Schema(description = "Four (QUARTERLY) or one for quarter 4 (ANNUAL); empty: not collected this year")
            @NotNull @Size(max = 4) List<@Valid @NotNull Target> targets) {
    }
}
