package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodologyBulkRequest", description = "Many methodologies at once (the Kertas Kerja's methodology "
        + "columns): each row is checked as a single PUT would be, and all are saved or none")
public record BulkMethodologyRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "Why (alasan), for every row",
                example = "Rapat tim SAKIP 12 Maret 2025 (B4)") String reason,
        @Schema(description = "True to save rows that depart from the published plan", example = "false")
        Boolean acknowledgedWarnings,
        @NotEmpty @Size(max = 5000) List<@Valid @NotNull Item> methodologies) {

    @Schema(name = "MethodologyBulkItem", description = "One indicator's methodology")
    public record Item(
            @Schema(example = "IKP-02") String indicatorCode,
            @Schema(example = "POSITIVE") Polarity polarity,
            @Schema(example = "NUMBER") ValueType valueType,
            @Schema(example = "QUARTERLY") Frequency frequency,
            @Schema(example = "SUM") PeriodAggregation periodAggregation,
            NegativeFormula negativeFormula,
            @Schema(example = "1") BigDecimal weight,
            @Schema(example = "SAKIP") String gradeScale) {
    }

    List<MethodologyService.BulkRow> rows() {
        List<MethodologyService.BulkRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < methodologies.size(); i++) {
            Item item = methodologies.get(i);
            rows.add(new MethodologyService.BulkRow(i + 1, item.indicatorCode(), new MethodologyRequest(item.polarity(),
                    item.valueType(), item.frequency(), item.periodAggregation(), item.negativeFormula(), item.weight(),
                    item.gradeScale(), reason, acknowledgedWarnings)));
        }
        return rows;
    }
}
