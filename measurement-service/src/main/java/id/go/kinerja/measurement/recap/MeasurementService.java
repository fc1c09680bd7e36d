package id.go.kinerja.measurement.recap;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.kinerja.measurement.methodology.IndicatorHints;
import id.go.kinerja.measurement.methodology.MethodologyService;
import id.go.kinerja.measurement.recap.RecapSubmitted.RecapItem;
import id.go.kinerja.measurement.recap.RecapSubmitted.RealisationEntry;
import id.go.kinerja.measurement.recap.RecapSubmitted.TargetEntry;
import id.go.kinerja.measurement.scale.PredicateScaleService;
import id.go.kinerja.measurement.scale.PredicateScaleService.AppliedScale;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.procedure.MeasurementStep;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Measures recaps (SOP B5-B7) and follows them through the Secretary's review (B8): measures each
 * submitted revision with the methodologies in force, forwards the result to approval through the
 * outbox, reopens methodologies the Secretary returned, measures again after the fix, and freezes
 * what was approved. A recap that arrives before B1-B4 of its period are done is held until they are.
 * Each of these is raised for the period's SOP timeline ({@link RecapProgress}), which also says whether a recap
 * may be measured yet ({@link MeasuringGate}).
 */
@ApplicationScoped
public class MeasurementService {

    private static final Logger LOG = Logger.getLogger(MeasurementService.class);

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
    MeasuringGate measuring;

    @Inject
    Event<RecapProgress.Measured> progressMeasured;

    @Inject
    Event<RecapProgress.Returned> progressReturned;

    @Inject
    Event<RecapProgress.Approved> progressApproved;

    @Inject
    IgnoredEvents ignored;

    /**
     * Applies a {@code RecapSubmitted}: measures a revision newer than any seen for the recap. An
     * older or equal revision is stale and changes nothing. {@code message} is the event as received,
     * read again here so that decimals go straight from the text to {@code BigDecimal}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecapSubmitted(ReceivedEvent event, String message) {
        EventEnvelope envelope = event.envelope();
        RecapSubmitted content = readSubmitted(message);
        Recap recap = Recap.lockedById(envelope.recapId()).orElse(null);
        boolean firstRevision = recap == null;
        if (!firstRevision) {
            requireSameAgency(recap, envelope);
            if (envelope.revision() <= recap.currentRevision) {
                ignored.ignore(envelope, IgnoredEvents.Reason.STALE_REVISION,
                        "revision " + recap.currentRevision + " was submitted already");
                return;
            }
            if (recap.state == RecapState.APPROVED) {
                ignored.ignore(envelope, IgnoredEvents.Reason.SUPERSEDED,
                        "revision " + recap.approvedRevision + " was approved and is frozen");
                return;
            }
        } else {
            recap = new Recap();
            recap.recapId = envelope.recapId();
            recap.agencyCode = envelope.agencyCode();
        }
        recap.agencyName = content.agencyName();
        recap.roundId = content.roundId();
        recap.year = content.year();
        recap.quarter = content.quarter();
        recap.currentRevision = envelope.revision();
        recap.currentMeasuredRevision = 0;
        recap.returnNote = null;
        Optional<MeasurementStep> mustComeFirst = measuring.stepBeforeMeasuring(recap.agencyCode, recap.year,
                recap.quarter);
        if (mustComeFirst.isPresent()) {
            hold(recap, content, mustComeFirst.get(), firstRevision);
            return;
        }
        if (firstRevision) {
            // a state until measure() sets the real one, so that the row can be written first
            recap.state = RecapState.AWAITING_METHODOLOGY;
            recap.updatedAt = Instant.now();
            recap.persist();
        }
        measure(recap, content, Measurement.Trigger.SUBMITTED, Actor.SYSTEM);
    }

    /**
     * Measures the period's recaps held for the SOP (AWAITING_SOP), now that B1-B4 are done, and sends them to the
     * Secretary. Runs in the transaction that recorded the step completing B1-B4.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseHeld(String agencyCode, int year, int quarter) {
        List<UUID> held = Recap.getEntityManager().createQuery("select r.recapId from Recap r where r.agencyCode = "
                        + ":agency and r.year = :year and r.quarter = :quarter and r.state = :state", UUID.class)
                .setParameter("agency", agencyCode)
                .setParameter("year", year)
                .setParameter("quarter", quarter)
                .setParameter("state", RecapState.AWAITING_SOP)
                .getResultList();
        for (UUID recapId : held) {
            Recap recap = Recap.lockedById(recapId).orElseThrow();
            if (recap.state == RecapState.AWAITING_SOP) {
                measure(recap, heldContent(recap), Measurement.Trigger.SUBMITTED, Actor.SYSTEM);
            }
        }
    }

    /** Keeps the revision as submitted, unmeasured: nothing goes to the Secretary before B1-B4 are done. */
    private static void hold(Recap recap, RecapSubmitted content, MeasurementStep mustComeFirst,
                             boolean firstRevision) {
        recap.state = RecapState.AWAITING_SOP;
        recap.heldDocument = DocumentJson.write(content);
        recap.headlineAchievement = null;
        recap.itemCount = content.items().size();
        recap.updatedAt = Instant.now();
        if (firstRevision) {
            recap.persist();
        }
        LOG.infof("Recap %s revision %d of %d Q%d is held: SOP step %s of the period must come first", recap.recapId,
                recap.currentRevision, recap.year, recap.quarter, mustComeFirst);
    }

    private static RecapSubmitted heldContent(Recap recap) {
        try {
            return DocumentJson.read(recap.heldDocument, RecapSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Held recap " + recap.recapId + " cannot be read back", e);
        }
    }

    /**
     * Applies a {@code RecapReturned}: records the returned items; those returned to MEASUREMENT wait
     * for a new methodology version and a remeasure, those returned to COLLECTION come back as a new
     * revision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecapReturned(ReceivedEvent event) {
        EventEnvelope envelope = event.envelope();
        RecapReturned returned = event.payloadAs(RecapReturned.class);
        List<RecapReturned.ReturnedEntry> entries = returned.items();
        for (RecapReturned.ReturnedEntry entry : entries) {
            if (entry == null || entry.indicatorCode() == null || entry.returnTo() == null) {
                throw new MalformedEventException("RecapReturned " + envelope.eventId()
                        + ": every item needs an indicatorCode and returnTo COLLECTION or MEASUREMENT");
            }
        }
        Recap recap = currentRevisionOf(envelope, RecapState.MEASURED);
        if (recap == null) {
            return;
        }
        Map<String, Integer> versionsUsed = new HashMap<>();
        Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content().items()
                .forEach(item -> versionsUsed.put(item.indicatorCode(),
                        Objects.requireNonNullElse(item.result().methodologyVersion(), 0)));
        Map<String, ReturnedItem> byCode = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (RecapReturned.ReturnedEntry entry : entries) {
            ReturnedItem item = new ReturnedItem();
            item.key = new ReturnedItem.Key(recap.recapId, recap.currentRevision, entry.indicatorCode());
            item.returnTo = entry.returnTo();
            item.reason = entry.reason();
            item.methodologyVersionAtReturn = versionsUsed.getOrDefault(entry.indicatorCode(), 0);
            item.returnedAt = now;
            byCode.put(entry.indicatorCode(), item);
        }
        ReturnedItem.persist(byCode.values());
        recap.state = RecapState.RETURNED;
        recap.returnNote = returned.note();
        recap.updatedAt = now;
        progressReturned.fire(new RecapProgress.Returned(refOf(recap), byCode.size(), (int) byCode.values().stream()
                .filter(ReturnedItem::toMeasurement).count(), actorOf(envelope), occurredAt(envelope, now)));
        LOG.infof("Recap %s revision %d returned: %d item(s), %d to MEASUREMENT", recap.recapId, recap.currentRevision,
                byCode.size(), byCode.values().stream().filter(ReturnedItem::toMeasurement).count());
    }

    /** Applies a {@code RecapApproved}: the revision's results and methodology versions are frozen for good. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecapApproved(ReceivedEvent event) {
        EventEnvelope envelope = event.envelope();
        Recap recap = currentRevisionOf(envelope, RecapState.MEASURED);
        if (recap == null) {
            return;
        }
        recap.state = RecapState.APPROVED;
        recap.approvedRevision = recap.currentRevision;
        recap.updatedAt = Instant.now();
        progressApproved.fire(new RecapProgress.Approved(refOf(recap), event.payloadAs(RecapApproved.class).note(),
                actorOf(envelope), occurredAt(envelope, recap.updatedAt)));
        LOG.infof("Recap %s revision %d approved: its measurement is frozen", recap.recapId, recap.currentRevision);
    }

    /**
     * Measures the current revision again with the methodologies now in force and sends the result
     * to the Secretary as the next measured revision. Allowed after a return to MEASUREMENT once
     * every such item has a newer methodology version, or for a measurement held back because
     * methodologies were missing once none is.
     */
    @Transactional
    public MeasurementView remeasure(String agencyCode, UUID recapId, Actor actor) {
        Recap recap = Recap.lockedOfAgency(agencyCode, recapId).orElseThrow(() -> new NotFound("Recap", recapId));
        switch (recap.state) {
            case APPROVED -> throw new Conflict("Revision " + recap.approvedRevision
                    + " of this recap was approved: its results and methodology versions are frozen");
            case MEASURED -> throw new Conflict("No item of revision " + recap.currentRevision
                    + " was returned to MEASUREMENT; there is nothing to remeasure");
            case RETURNED -> requireReturnedMethodologiesFixed(recap);
            case AWAITING_METHODOLOGY -> requireMethodologiesPresent(recap);
            case AWAITING_SOP -> {
                // B1-B4 are normally released with the step that completes them; this is that step's race
                measuring.requireReadyToMeasure(recap.agencyCode, recap.year, recap.quarter);
                Measurement measurement = measure(recap, heldContent(recap), Measurement.Trigger.SUBMITTED, actor);
                return MeasurementView.of(recap, measurement, measurement.content(),
                        Measurement.historyOf(recap.recapId));
            }
        }
        RecapMeasured previous = Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content();
        RecapSubmitted content = new RecapSubmitted(previous.agencyName(), previous.roundId(), previous.year(),
                previous.quarter(),
                previous.nodes().stream().map(RecapMeasured.MeasuredNode::submitted).toList(),
                previous.items().stream().map(RecapMeasured.MeasuredItem::submitted).toList());
        recap.returnNote = null;
        Measurement measurement = measure(recap, content, Measurement.Trigger.REMEASURED, actor);
        return MeasurementView.of(recap, measurement, measurement.content(), Measurement.historyOf(recap.recapId));
    }

    /** Items of the current revision the Secretary returned to MEASUREMENT, and whether each is fixed. */
    @Transactional
    public ReopenedView reopened(String agencyCode, UUID recapId) {
        Recap recap = Recap.ofAgency(agencyCode, recapId).orElseThrow(() -> new NotFound("Recap", recapId));
        if (recap.state != RecapState.RETURNED) {
            return new ReopenedView(recap.recapId, recap.currentRevision, recap.state, null, List.of(), 0);
        }
        Map<String, MethodologyService.Current> current = methodologies.currentOf(agencyCode);
        Map<String, String> names = new HashMap<>();
        Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content().items()
                .forEach(item -> names.put(item.indicatorCode(), item.indicatorName()));
        List<ReturnedItem> returned = ReturnedItem.of(recap.recapId, recap.currentRevision);
        List<ReopenedView.Item> items = returned.stream()
                .filter(ReturnedItem::toMeasurement)
                .map(item -> {
                    int now = versionOf(current, item.key.indicatorCode());
                    return new ReopenedView.Item(item.key.indicatorCode(), names.get(item.key.indicatorCode()),
                            item.reason, item.methodologyVersionAtReturn, now, now > item.methodologyVersionAtReturn);
                })
                .toList();
        int toCollection = (int) returned.stream().filter(item -> !item.toMeasurement()).count();
        return new ReopenedView(recap.recapId, recap.currentRevision, recap.state, recap.returnNote, items, toCollection);
    }

    private Measurement measure(Recap recap, RecapSubmitted content, Measurement.Trigger trigger, Actor actor) {
        long started = System.nanoTime();
        Map<String, MethodologyService.Current> inForce = methodologies.forRecap(recap.agencyCode, hintsOf(content));
        AppliedScale scale = scales.scaleFor(recap.agencyCode, periodEnd(content.year(), content.quarter()));
        int measuredRevision = recap.currentMeasuredRevision + 1;
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

        recap.currentMeasuredRevision = measuredRevision;
        recap.heldDocument = null;
        recap.state = missing.isEmpty() ? RecapState.MEASURED : RecapState.AWAITING_METHODOLOGY;
        recap.headlineAchievement = measured.headlineAchievement();
        recap.itemCount = measured.items().size();
        recap.updatedAt = now;
        if (missing.isEmpty()) {
            outbox.publish(RecapMeasured.TOPIC, EventEnvelope.of(RecapMeasured.EVENT_TYPE, 1, recap.agencyCode,
                    recap.recapId, recap.currentRevision, actor), measured);
        } else {
            LOG.infof("Recap %s revision %d is held back: %d indicator(s) have no methodology: %s", recap.recapId,
                    recap.currentRevision, missing.size(), missing);
        }
        progressMeasured.fire(new RecapProgress.Measured(refOf(recap), measuredRevision, measured.items().size(),
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

    private void requireReturnedMethodologiesFixed(Recap recap) {
        List<ReturnedItem> returned = ReturnedItem.of(recap.recapId, recap.currentRevision);
        List<String> toMeasurement = returned.stream().filter(ReturnedItem::toMeasurement)
                .map(item -> item.key.indicatorCode()).toList();
        if (toMeasurement.isEmpty()) {
            throw new Conflict("No item of revision " + recap.currentRevision
                    + " was returned to MEASUREMENT; the items returned to COLLECTION come back as a new revision");
        }
        List<String> toCollection = returned.stream().filter(item -> !item.toMeasurement())
                .map(item -> item.key.indicatorCode()).toList();
        if (!toCollection.isEmpty()) {
            throw new Conflict("Items of revision " + recap.currentRevision + " also went back to COLLECTION: the "
                    + "resubmitted revision will be measured with the current methodologies",
                    Map.of("indicators", toCollection));
        }
        Map<String, MethodologyService.Current> current = methodologies.currentOf(recap.agencyCode);
        List<String> unchanged = returned.stream()
                .filter(item -> versionOf(current, item.key.indicatorCode()) <= item.methodologyVersionAtReturn)
                .map(item -> item.key.indicatorCode())
                .toList();
        if (!unchanged.isEmpty()) {
            throw new Conflict("The methodology of " + unchanged.size() + " returned indicator(s) still has the "
                    + "version the Secretary returned; save a new version first", Map.of("indicators", unchanged));
        }
    }

    private void requireMethodologiesPresent(Recap recap) {
        Map<String, MethodologyService.Current> current = methodologies.currentOf(recap.agencyCode);
        RecapMeasured held = Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content();
        List<String> stillMissing = missingMethodologies(held).stream()
                .filter(code -> !current.containsKey(code))
                .toList();
        if (!stillMissing.isEmpty()) {
            throw new Conflict(stillMissing.size() + " indicator(s) have no measurement methodology; the recap "
                    + "cannot go to the Secretary until the team sets them", Map.of("indicators", stillMissing));
        }
    }

    /**
     * The recap the event is about, locked, if the event concerns its current revision in the expected state; null
     * (the event ignored) for an older revision or a recap past that state. Poison (never measured here, another
     * agency's, a revision never submitted) is refused by {@link Recap#lockedForEvent}.
     */
    private Recap currentRevisionOf(EventEnvelope envelope, RecapState expected) {
        Recap recap = Recap.lockedForEvent(envelope);
        if (envelope.revision() < recap.currentRevision) {
            ignored.ignore(envelope, IgnoredEvents.Reason.STALE_REVISION,
                    "the current revision is " + recap.currentRevision);
            return null;
        }
        if (recap.state != expected) {
            ignored.ignore(envelope, IgnoredEvents.Reason.SUPERSEDED, "the recap is " + recap.state);
            return null;
        }
        return recap;
    }

    private static RecapRef refOf(Recap recap) {
        return new RecapRef(recap.agencyCode, recap.year, recap.quarter, recap.recapId, recap.currentRevision);
    }

    private static Actor actorOf(EventEnvelope envelope) {
        return envelope.actor() == null ? Actor.SYSTEM : envelope.actor();
    }

    private static Instant occurredAt(EventEnvelope envelope, Instant otherwise) {
        return envelope.occurredAt() == null ? otherwise : envelope.occurredAt();
    }

    private static void requireSameAgency(Recap recap, EventEnvelope envelope) {
        if (!recap.agencyCode.equals(envelope.agencyCode())) {
            throw new MalformedEventException("Event " + envelope.eventId() + " names agency " + envelope.agencyCode()
                    + " for recap " + recap.recapId + " of another agency");
        }
    }

    private static RecapSubmitted readSubmitted(String message) {
        RecapSubmitted content;
        try {
            content = DocumentJson.read(message, RecapSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("RecapSubmitted does not fit its contract: " + e.getOriginalMessage(), e);
        }
        if (content.year() == null || content.year() < 2000 || content.year() > 2100) {
            throw new MalformedEventException("RecapSubmitted needs a year, was " + content.year());
        }
        if (content.quarter() == null || content.quarter() < 1 || content.quarter() > 4) {
            throw new MalformedEventException("RecapSubmitted needs a quarter 1-4, was " + content.quarter());
        }
        if (content.items() == null || content.items().stream()
                .anyMatch(item -> item == null || item.indicatorCode() == null || item.indicatorCode().isBlank())) {
            throw new MalformedEventException("RecapSubmitted needs items, each with an indicatorCode");
        }
        List<RecapSubmitted.PlanNode> nodes = Objects.requireNonNullElse(content.nodes(), List.of());
        if (nodes.stream().anyMatch(node -> node == null || node.code() == null)) {
            throw new MalformedEventException("RecapSubmitted has a plan node without a code");
        }
        return new RecapSubmitted(content.agencyName(), content.roundId(), content.year(), content.quarter(),
                nodes, content.items());
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

    private static int versionOf(Map<String, MethodologyService.Current> current, String indicatorCode) {
        MethodologyService.Current methodology = current.get(indicatorCode);
        return methodology == null ? 0 : methodology.version();
    }
}
