package id.go.kinerja.collection.recap;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kinerja.collection.plan.Frequency;
import id.go.kinerja.collection.plan.NodeLevel;
import id.go.kinerja.collection.plan.PeriodAggregation;
import id.go.kinerja.collection.plan.PlanVersionRef;
import id.go.kinerja.collection.plan.Polarity;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.plan.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code RecapSubmitted} (docs/events.md): the round's indicators with their targets of the
 * year and realisations to date, and the plan nodes they hang under, so that measurement needs nothing else.
 * All of it comes from the published plan version the round was opened on, named in {@code planVersion}.
 */
public record RecapSubmitted(
        String agencyName,
        UUID roundId,
        int year,
        int quarter,
        PlanVersionRef planVersion,
        List<Node> nodes,
        List<Item> items) {

    public static final String EVENT_TYPE = "RecapSubmitted";
    public static final int SCHEMA_VERSION = 1;

    public record Node(
            String code,
            NodeLevel level,
            String name,
            String parentCode,
            BigDecimal budgetCeiling,
            BigDecimal budgetRealised) {
    }

    public record Item(
            String indicatorCode,
            String indicatorName,
            String unit,
            String nodeCode,
            String divisionCode,
            Polarity polarity,
            ValueType valueType,
            Frequency frequency,
            PeriodAggregation periodAggregation,
            List<Target> targets,
            List<Realisation> realisations) {
    }

    /**
     * A verified realisation of one quarter: a value, a grade for predicate indicators, or no data (the realisation
     * is not available, for {@code noDataReason}), which measurement counts as missing. {@code noData} and its reason
     * are written only when true, so the realisations of earlier events read the same.
     */
    public record Realisation(
            int quarter,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal value,
            @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean noData,
            @JsonInclude(JsonInclude.Include.NON_NULL) String noDataReason,
            String enteredBy,
            String verifiedBy,
            String note,
            List<EvidenceRef> evidence) {
    }

    /** Evidence (bukti dukung) of a realisation: downloadable from collection by its id. */
    public record EvidenceRef(
            UUID id,
            String filename,
            String contentType,
            String sha256) {
    }
}
