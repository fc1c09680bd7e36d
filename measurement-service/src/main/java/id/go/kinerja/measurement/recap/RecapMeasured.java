package id.go.kinerja.measurement.recap;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code RecapMeasured} payload (docs/events.md): the submitted content with a result per item,
 * a roll-up per plan node, the level summaries and the headline figure. Stored per measurement exactly as
 * published (approval keeps the same document); the REST views ({@link MeasurementView}) carry its parts.
 *
 * @param predicateScale the predicate scale the predicates come from (an addition to the contract)
 * @param rollUpCeiling  the clamp ceiling of the roll-ups, percent (an addition to the contract)
 */
public record RecapMeasured(String agencyName, UUID roundId, int year, int quarter,
                            List<MeasuredNode> nodes, List<MeasuredItem> items,
                            List<LevelSummary> levelSummaries, BigDecimal headlineAchievement, int measuredRevision,
                            ScaleRef predicateScale, BigDecimal rollUpCeiling) {

    public static final String TOPIC = "kinerja.measurement.recap-measured";
    public static final String EVENT_TYPE = "RecapMeasured";

    /** Item status of a held measurement: the indicator has no methodology (never published). */
    public static final String METHODOLOGY_MISSING = "METHODOLOGY_MISSING";

    /** Flag of an item whose targets or realisations the rules cannot measure; {@code note} says why. */
    public static final String INVALID_DATA = "INVALID_DATA";

    @Schema(name = "PlanNode", description = "A node of the plan (goal/Tujuan, objective/Sasaran, program, "
            + "activity/Kegiatan, sub-activity/Sub Kegiatan) with its roll-up")
    public record MeasuredNode(
            @Schema(example = "3.30.02") String code,
            @Schema(description = "GOAL, OBJECTIVE, PROGRAM, ACTIVITY or SUB_ACTIVITY", example = "PROGRAM") String level,
            String name,
            String parentCode,
            @Schema(description = "Budget ceiling (pagu), IDR", example = "1250000000") BigDecimal budgetCeiling,
            @Schema(description = "Realised spending (realisasi anggaran) to date, IDR", example = "312500000")
            BigDecimal budgetRealised,
            NodeRollUp rollUp) {

        /** The node as it was submitted, to measure it again. */
        RecapSubmitted.PlanNode submitted() {
            return new RecapSubmitted.PlanNode(code, level, name, parentCode, budgetCeiling, budgetRealised);
        }
    }

    @Schema(name = "RecapItem", description = "One indicator of the recap with its targets, realisations and result")
    public record MeasuredItem(
            @Schema(example = "IKP-02") String indicatorCode,
            @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") String indicatorName,
            @Schema(example = "orang") String unit,
            @Schema(example = "3.30.02") String nodeCode,
            @Schema(example = "PERDAGANGAN") String divisionCode,
            @Schema(description = "Plan hint; the methodology decides") String polarity,
            @Schema(description = "Plan hint; the methodology decides") String valueType,
            @Schema(description = "Plan hint; the methodology decides") String frequency,
            @Schema(description = "Plan hint; the methodology decides") String periodAggregation,
            List<RecapSubmitted.TargetEntry> targets,
            List<RecapSubmitted.RealisationEntry> realisations,
            ItemResult result) {

        /** The item as it was submitted, to measure it again. */
        RecapSubmitted.RecapItem submitted() {
            return new RecapSubmitted.RecapItem(indicatorCode, indicatorName, unit, nodeCode, divisionCode, polarity,
                    valueType, frequency, periodAggregation, targets, realisations);
        }
    }

    @Schema(name = "ItemResult", description = "The achievement (capaian) of one indicator at the recap's period")
    public record ItemResult(
            @Schema(description = "OK, INCOMPLETE or NOT_EVALUABLE (and METHODOLOGY_MISSING in a measurement held "
                    + "back because the indicator has no methodology)", example = "OK") String status,
            @Schema(description = "Achievement (capaian), percent, 2 dp; null unless OK", example = "80.00")
            BigDecimal achievement,
            @Schema(description = "Predicate (predikat); null unless OK", example = "TINGGI") String predicate,
            @Schema(description = "e.g. CAPPED, INVALID_DATA") List<String> flags,
            @Schema(description = "Rule that produced the result", example = "POSITIVE_RATIO") String rule,
            @Schema(description = "The formula as printed (rumus)", example = "R / T × 100") String formula,
            @Schema(description = "Combined target T of the period: {value}, {min, max} or {grade}") CombinedValue target,
            @Schema(description = "Combined realisation R of the period: {value} or {grade}; null when missing")
            CombinedValue realisation,
            @Schema(description = "The methodology version used; null when there was none", example = "1")
            Integer methodologyVersion,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Why there is no number: the data could not be measured (INVALID_DATA), or which "
                    + "quarters miss a realisation (INCOMPLETE), with the reason of a no-data answer",
                    example = "quarter 2: no data (Survei kepuasan ditunda)") String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CombinedValue", description = "A value the formula used: a number, a range or a grade")
    public record CombinedValue(BigDecimal value, BigDecimal min, BigDecimal max, String grade) {
    }

    @Schema(name = "NodeRollUp", description = "Roll-up of a plan node: the weighted mean of its own indicators")
    public record NodeRollUp(
            @Schema(description = "OK or NOT_EVALUABLE", example = "OK") String status,
            @Schema(description = "Achievement (capaian), percent, 2 dp", example = "97.31") BigDecimal achievement,
            @Schema(example = "SANGAT_TINGGI") String predicate,
            @Schema(description = "Budget absorption (serapan anggaran), percent, 2 dp; null without a budget",
                    example = "25.00") BigDecimal budgetAbsorption,
            @Schema(description = "Indicators in the mean") int evaluatedIndicators,
            @Schema(description = "Indicators left out (incomplete, not evaluable, no methodology)") int leftOutIndicators) {
    }

    @Schema(name = "LevelSummary", description = "Summary of one plan level: mean of its evaluable nodes and the "
            + "number of nodes per predicate")
    public record LevelSummary(
            @Schema(example = "OBJECTIVE") String level,
            @Schema(description = "OK or NOT_EVALUABLE") String status,
            @Schema(example = "85.44") BigDecimal achievement,
            @Schema(example = "TINGGI") String predicate,
            @Schema(description = "Nodes of this level") int nodes,
            @Schema(description = "Nodes without a number") int notEvaluable,
            @Schema(description = "Evaluable nodes per predicate, highest first") Map<String, Integer> predicateCounts) {
    }

    @Schema(name = "ScaleRef", description = "The predicate scale used")
    public record ScaleRef(UUID id, @Schema(example = "RKPD_5") String name, LocalDate effectiveFrom) {
    }
}
