package id.go.kinerja.measurement.recap;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import id.go.kinerja.platform.procedure.MeasurementStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Measuring a recap collection submitted (SOP B5-B7): each revision newer than any seen is measured and sent to the
 * Secretary ({@link MeasuringRevision}). A revision that arrives before B1-B4 of its period are done is held until
 * they are ({@link MeasuringGate}); the step that completes them releases it ({@link #releaseHeld}).
 */
@ApplicationScoped
public class MeasuringSubmittedRecap {

    private static final Logger LOG = Logger.getLogger(MeasuringSubmittedRecap.class);

    @Inject
    MeasuringRevision measuring;

    @Inject
    MeasuringGate gate;

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
            try {
                recap.submitted(envelope.revision(), content);
            } catch (Recap.Ignored e) {
                ignored.ignore(envelope, e.reason(), e.getMessage());
                return;
            }
        } else {
            recap = Recap.received(envelope.recapId(), envelope.agencyCode(), envelope.revision(), content,
                    Instant.now());
        }
        Optional<MeasurementStep> mustComeFirst = gate.stepBeforeMeasuring(recap.agencyCode, recap.year,
                recap.quarter);
        if (mustComeFirst.isPresent()) {
            hold(recap, content, mustComeFirst.get(), firstRevision);
            return;
        }
        if (firstRevision) {
            recap.persist();
        }
        measuring.measure(recap, content, Measurement.Trigger.SUBMITTED, Actor.SYSTEM);
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
                .setParameter("state", RecapStatus.AWAITING_SOP)
                .getResultList();
        for (UUID recapId : held) {
            Recap recap = Recap.lockedById(recapId).orElseThrow();
            if (recap.state == RecapStatus.AWAITING_SOP) {
                measuring.measure(recap, recap.heldRevision(), Measurement.Trigger.SUBMITTED, Actor.SYSTEM);
            }
        }
    }

    /** Keeps the revision as submitted, unmeasured: nothing goes to the Secretary before B1-B4 are done. */
    private static void hold(Recap recap, RecapSubmitted content, MeasurementStep mustComeFirst,
                             boolean firstRevision) {
        recap.held(content, Instant.now());
        if (firstRevision) {
            recap.persist();
        }
        LOG.infof("Recap %s revision %d of %d Q%d is held: SOP step %s of the period must come first", recap.recapId,
                recap.currentRevision, recap.year, recap.quarter, mustComeFirst);
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
}
