package id.go.kinerja.collection.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code PlanPublished} (docs/events.md): a plan version (PK, PK Perubahan, Renstra) as published, with
 * every indicator the measurement needs to know before any recap arrives: name, unit, the level of its plan node, the
 * plan's hints on how to measure it and its targets of the version's years.
 */
public record PlanPublished(
        String agencyName,
        PlanVersionRef planVersion,
        int yearFrom,
        int yearTo,
        String documentNumber,
        UUID supersedesId,
        List<Indicator> indicators) {

    public static final String EVENT_TYPE = "PlanPublished";
    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "kinerja.collection.plan-published";

    public record Indicator(
            String indicatorCode,
            String indicatorName,
            String unit,
            String nodeCode,
            NodeLevel level,
            String divisionCode,
            Polarity polarity,
            ValueType valueType,
            Frequency frequency,
            PeriodAggregation periodAggregation,
            List<IndicatorView.YearTargets> targets) {
    }

    /** The message key of an agency's plan events: one per agency, so its versions reach a consumer in order. */
    public static UUID keyOf(String agencyCode) {
        return UUID.nameUUIDFromBytes(("plan:" + agencyCode).getBytes(StandardCharsets.UTF_8));
    }
}
