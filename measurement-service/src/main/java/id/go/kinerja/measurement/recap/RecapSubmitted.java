package id.go.kinerja.measurement.recap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Collection's {@code RecapSubmitted} payload as measurement reads it (docs/events.md). A tolerant
 * reader: fields it does not know are ignored. The same node and item shapes travel on in
 * {@link RecapMeasured}, there with their {@code rollUp} and {@code result}.
 */
public record RecapSubmitted(String agencyName, UUID roundId, Integer year, Integer quarter, List<PlanNode> nodes,
                             List<RecapItem> items) {

    public static final String TOPIC = "kinerja.collection.recap-submitted";
    public static final String EVENT_TYPE = "RecapSubmitted";

    @Schema(name = "PlanNode", description = "A node of the plan (goal/Tujuan, objective/Sasaran, program, "
            + "activity/Kegiatan, sub-activity/Sub Kegiatan) with its roll-up")
    public record PlanNode(
            @Schema(example = "3.30.02") String code,
            @Schema(description = "GOAL, OBJECTIVE, PROGRAM, ACTIVITY or SUB_ACTIVITY", example = "PROGRAM") String level,
            String name,
            String parentCode,
            @Schema(description = "Budget ceiling (pagu), IDR", example = "1250000000") BigDecimal budgetCeiling,
            @Schema(description = "Realised spending (realisasi anggaran) to date, IDR", example = "312500000")
            BigDecimal budgetRealised,
            RecapMeasured.NodeRollUp rollUp) {

        PlanNode withRollUp(RecapMeasured.NodeRollUp measured) {
            return new PlanNode(code, level, name, parentCode, budgetCeiling, budgetRealised, measured);
        }
    }

    @Schema(name = "RecapItem", description = "One indicator of the recap with its targets, realisations and result")
    public record RecapItem(
            @Schema(example = "IKP-02") String indicatorCode,
            @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") String indicatorName,
            @Schema(example = "orang") String unit,
            @Schema(example = "3.30.02") String nodeCode,
            @Schema(example = "PERDAGANGAN") String divisionCode,
            @Schema(description = "Plan hint; the methodology decides") String polarity,
            @Schema(description = "Plan hint; the methodology decides") String valueType,
            @Schema(description = "Plan hint; the methodology decides") String frequency,
            @Schema(description = "Plan hint; the methodology decides") String periodAggregation,
            List<TargetEntry> targets,
            List<RealisationEntry> realisations,
            RecapMeasured.ItemResult result) {

        RecapItem withResult(RecapMeasured.ItemResult measured) {
            return new RecapItem(indicatorCode, indicatorName, unit, nodeCode, divisionCode, polarity, valueType,
                    frequency, periodAggregation, targets, realisations, measured);
        }
    }

    /** {@code {quarter, value}}, {@code {quarter, min, max}} (a range) or {@code {quarter, grade}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetEntry", description = "Target (target kinerja) of a quarter: a value, a range or a grade")
    public record TargetEntry(Integer quarter, BigDecimal value, BigDecimal min, BigDecimal max, String grade) {
    }

    @Schema(name = "RealisationEntry", description = "Verified realisation (realisasi) of a quarter")
    public record RealisationEntry(
            Integer quarter,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal value,
            @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
            String enteredBy,
            String verifiedBy,
            String note,
            @Schema(description = "Evidence references (bukti dukung) as collection gave them") JsonNode evidence) {
    }
}
