package id.go.kinerja.measurement.recap;

import id.go.kinerja.measurement.methodology.IndicatorHints;
import id.go.kinerja.measurement.methodology.MethodologyService;
import id.go.kinerja.measurement.recap.RecapSubmitted.RealisationEntry;
import id.go.kinerja.measurement.recap.RecapSubmitted.RecapItem;
import id.go.kinerja.measurement.recap.RecapSubmitted.TargetEntry;
import id.go.kinerja.measurement.scale.PredicateScaleService;
import id.go.kinerja.measurement.scale.PredicateScaleService.AppliedScale;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Measures one revision of a recap (SOP B5-B7), whichever way it came: submitted, released after B1-B4, or remeasured
 * after a fix. Measures it with the methodologies and predicate scale in force, stores the result as the revision's
 * next measurement, and forwards it to approval through the outbox, unless methodologies are missing (then it is
 * held back). Raises {@link RecapProgress.Measured} for the period's SOP timeline.
 */
@ApplicationScoped
class MeasuringRevision {

    private static final Logger LOG = Logger.getLogger(MeasuringRevision.class);

    @Inject
    MethodologyService methodologies;

    @Inject
    PredicateScaleService scales;

    @Inject
    MeasurementConfig config;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry meters;

    @Inject
    Event<RecapProgress.Measured> progressMeasured;

    Measurement measure(Recap recap, RecapSubmitted content, Measurement.Trigger trigger, Actor actor) {
        long started = System.nanoTime();
        Map<String, MethodologyService.Current> inForce = methodologies.forRecap(recap.agencyCode, hintsOf(content));
        AppliedScale scale = scales.scaleFor(recap.agencyCode, periodEnd(content.year(), content.quarter()));
        int measuredRevision = recap.nextMeasuredRevision();
        RecapMeasured measured = new RecapMeasurer(scale, config.ceilingFor(recap.agencyCode), inForce)
                .measure(content, measuredRevision);
        Set<String> missing = missingMethodologies(measured);
        Instant now = Instant.now();

        Measurement measurement = new Measurement();
        measurement.id = UUID.randomUUID();
        measurement.recapId = recap.recapId;
        measurement.revision = recap.currentRevision;
        measurement.measuredRevision = measuredRevision;
        measurement.trigger = trigger;
        measurement.forwarded = missing.isEmpty();
        measurement.measuredAt = now;
        measurement.measuredBy = actor.userId();
        measurement.headlineAchievement = measured.headlineAchievement();
        measurement.missingMethodologies = missing.size();
        measurement.document = DocumentJson.write(measured);
        measurement.persist();

        recap.measured(measuredRevision, missing.isEmpty(), measured.headlineAchievement(), measured.items().size(),
                now);
        if (missing.isEmpty()) {
            outbox.publish(RecapMeasured.TOPIC, EventEnvelope.of(RecapMeasured.EVENT_TYPE, 1, recap.agencyCode,
                    recap.recapId, recap.currentRevision, actor), measured);
        } else {
            LOG.infof("Recap %s revision %d is held back: %d indicator(s) have no methodology: %s", recap.recapId,
                    recap.currentRevision, missing.size(), missing);
        }
        progressMeasured.fire(new RecapProgress.Measured(recap.ref(), measuredRevision, measured.items().size(),
                missing.isEmpty(), actor));
        long elapsed = System.nanoTime() - started;
        Timer.builder("kinerja.measurement.duration")
                .description("Time to measure one recap revision, from its content to the stored result and outbox row")
                .tag("trigger", trigger.name())
                .register(meters)
                .record(elapsed, TimeUnit.NANOSECONDS);
        LOG.infof("Measured recap %s revision %d (measured revision %d, %s): %d indicators in %d ms", recap.recapId,
                recap.currentRevision, measuredRevision, trigger, measured.items().size(), elapsed / 1_000_000);
        return measurement;
    }

    static List<IndicatorHints> hintsOf(RecapSubmitted content) {
        List<IndicatorHints> hints = new ArrayList<>(content.items().size());
        for (RecapItem item : content.items()) {
            Set<String> grades = new LinkedHashSet<>();
            Objects.requireNonNullElse(item.targets(), List.<TargetEntry>of()).stream()
                    .filter(Objects::nonNull).map(TargetEntry::grade).filter(Objects::nonNull).forEach(grades::add);
            Objects.requireNonNullElse(item.realisations(), List.<RealisationEntry>of()).stream()
                    .filter(Objects::nonNull).map(RealisationEntry::grade).filter(Objects::nonNull).forEach(grades::add);
            hints.add(new IndicatorHints(item.indicatorCode(), item.indicatorName(), item.unit(), item.polarity(),
                    item.valueType(), item.frequency(), item.periodAggregation(), grades));
        }
        return hints;
    }

    static Set<String> missingMethodologies(RecapMeasured measured) {
        Set<String> missing = new LinkedHashSet<>();
        measured.items().stream()
                .filter(item -> RecapMeasured.METHODOLOGY_MISSING.equals(item.result().status()))
                .forEach(item -> missing.add(item.indicatorCode()));
        return missing;
    }

    /** Results are "to date": a recap uses the predicate scale in effect on the last day of its period. */
    static LocalDate periodEnd(int year, int quarter) {
        return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
