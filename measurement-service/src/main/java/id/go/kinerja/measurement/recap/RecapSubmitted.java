package id.go.kinerja.measurement.recap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Collection's {@code RecapSubmitted} payload as measurement reads it (docs/events.md). A tolerant
 * reader: fields it does not know are ignored. Measuring a node or an item makes the outbound
 * {@link RecapMeasured.MeasuredNode} / {@link RecapMeasured.MeasuredItem}: the same fields plus its
 * {@code rollUp} / {@code result}. Also kept as the held revision's document while it waits for the SOP.
 */
public record RecapSubmitted(String agencyName, UUID roundId, Integer year, Integer quarter, List<PlanNode> nodes,
                             List<RecapItem> items) {

    public static final String EVENT_TYPE = "RecapSubmitted";

    /** A node of the plan (goal/Tujuan, objective/Sasaran, program, activity/Kegiatan, sub-activity/Sub Kegiatan). */
    public record PlanNode(String code, String level, String name, String parentCode, BigDecimal budgetCeiling,
                           BigDecimal budgetRealised) {

        RecapMeasured.MeasuredNode measured(RecapMeasured.NodeRollUp rollUp) {
            return new RecapMeasured.MeasuredNode(code, level, name, parentCode, budgetCeiling, budgetRealised, rollUp);
        }
    }

    /** One indicator of the recap with its targets and realisations; the polarity and the rest are plan hints. */
    public record RecapItem(String indicatorCode, String indicatorName, String unit, String nodeCode,
                            String divisionCode, String polarity, String valueType, String frequency,
                            String periodAggregation, List<TargetEntry> targets, List<RealisationEntry> realisations) {

        RecapMeasured.MeasuredItem measured(RecapMeasured.ItemResult result) {
            return new RecapMeasured.MeasuredItem(indicatorCode, indicatorName, unit, nodeCode, divisionCode, polarity,
                    valueType, frequency, periodAggregation, targets, realisations, result);
        }
    }

    /** {@code {quarter, value}}, {@code {quarter, min, max}} (a range) or {@code {quarter, grade}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetEntry", description = "Target (target kinerja) of a quarter: a value, a range or a grade")
    public record TargetEntry(Integer quarter, BigDecimal value, BigDecimal min, BigDecimal max, String grade) {
    }

    /**
     * A verified realisation of a quarter: a value, a grade, or "no data" ({@code noData} true, with the operator's
     * reason), which is measured as a missing realisation. Events written before "no data" existed have neither field.
     */
    @Schema(name = "RealisationEntry", description = "Verified realisation (realisasi) of a quarter: a value, a grade, or "
            + "no data (tidak ada data) with its reason, measured as missing (INCOMPLETE)")
    public record RealisationEntry(
            Integer quarter,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal value,
            @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
            @Schema(description = "True: the operator answered that the realisation is not available")
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean noData,
            @Schema(description = "Why there is no data (alasan tidak ada data)")
            @JsonInclude(JsonInclude.Include.NON_NULL) String noDataReason,
            String enteredBy,
            String verifiedBy,
            String note,
            @Schema(description = "Evidence references (bukti dukung) as collection gave them") JsonNode evidence) {
    }
}
