package id.go.kinerja.collection.recap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What the review and the archive decided about a recap (SOP A10-A12), applied to the round. Runs inside
 * the idempotent consumer's transaction. An event for an older revision than the current one is stale, and one the
 * recap has moved past is superseded: both are ignored and counted ({@link IgnoredEvents}); an event that cannot
 * belong to any recap here is refused (and lands on the dead-letter topic).
 */
@ApplicationScoped
public class RecapDecisions {

    private static final Logger LOG = Logger.getLogger(RecapDecisions.class);

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry meters;

    @Inject
    Event<RecapProgress.Returned> returns;

    @Inject
    Event<RecapProgress.Approved> approvals;

    @Inject
    Event<RecapProgress.Archived> seals;

    @Inject
    IgnoredEvents ignored;

    /** The Secretary returned the revision: exactly the items sent to COLLECTION reopen for re-entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReturned(ReceivedEvent event) {
        RecapReturned returned = event.payloadAs(RecapReturned.class);
        Subject subject = lockSubject(event, returned.roundId());
        if (subject == null || !subject.stillApplies(subject.recap.awaitsReview())) {
            return;
        }
        if (returned.items() == null) {
            throw new MalformedEventException("RecapReturned " + event.envelope().eventId() + " has no items");
        }
        Map<String, Entry> entries = Entry.ofRound(subject.round).stream()
                .collect(Collectors.toMap(entry -> entry.indicator.code, Function.identity()));
        EventEnvelope envelope = event.envelope();
        Actor actor = envelope.actorOrSystem();
        Instant at = envelope.occurredAtOr(Instant.now());
        for (RecapReturned.Item item : returned.items()) {
            Entry entry = entries.get(item.indicatorCode());
            if (entry == null || item.returnTo() == null) {
                throw new MalformedEventException("RecapReturned " + envelope.eventId() + " returns " + item.indicatorCode()
                        + (entry == null ? ", which is not an item of the recap" : " without saying where to"));
            }
            if (item.returnTo() == ReturnTo.COLLECTION) {
                entry.returnForReEntry(item.reason(), actor, at, envelope.revision());
            } else {
                entry.recordMeasurementReturn(item.reason(), actor, at, envelope.revision());
            }
        }
        RecapRevision.of(subject.recap, envelope.revision()).orElseThrow().returned(actor.userId(), at, returned.note(),
                write(returned.items().stream()
                        .map(item -> new RecapView.ReturnedItem(item.indicatorCode(), item.reason(), item.returnTo()))
                        .toList()));
        subject.recap.returned();
        meters.counter("kinerja_collection_recaps_total", "outcome", "RETURNED").increment();
        returns.fire(new RecapProgress.Returned(subject.round, envelope.revision(), returned.items().size(), actor,
                at));
        LOG.infof("Recap %s revision %d returned: %d item(s) reopened for re-entry", subject.recap.id,
                envelope.revision(), returned.items().stream().filter(item -> item.returnTo() == ReturnTo.COLLECTION).count());
    }

    /** The Secretary approved the revision: every entry of the round is locked for good. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onApproved(ReceivedEvent event) {
        RecapApproved approved = event.payloadAs(RecapApproved.class);
        Subject subject = lockSubject(event, approved.roundId());
        // approval may follow a return that only sent items to measurement, without a resubmission
        if (subject == null || !subject.stillApplies(subject.recap.awaitsApproval())) {
            return;
        }
        EventEnvelope envelope = event.envelope();
        approve(subject, envelope, approved.note());
        LOG.infof("Recap %s revision %d approved: entries locked", subject.recap.id, envelope.revision());
    }

    /** The archive sealed the recap: its archive id and hash are shown on the recap. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onArchived(ReceivedEvent event) {
        RecapArchived archived = event.payloadAs(RecapArchived.class);
        Subject subject = lockSubject(event, archived.roundId());
        if (subject == null || !subject.stillApplies(subject.recap.awaitsSeal())) {
            return;
        }
        if (archived.archiveId() == null || archived.contentHash() == null) {
            throw new MalformedEventException("RecapArchived " + event.envelope().eventId() + " has no archive id or hash");
        }
        EventEnvelope envelope = event.envelope();
        if (subject.recap.awaitsApproval()) {
            // only an approved recap is archived; the approval is on another topic and has not arrived yet
            approve(subject, envelope, null);
        }
        Instant at = envelope.occurredAtOr(Instant.now());
        subject.recap.archived(archived.archiveId(), archived.contentHash(), archived.chainPosition(), at);
        seals.fire(new RecapProgress.Archived(subject.round, archived.archiveId(), archived.contentHash(), at));
        meters.counter("kinerja_collection_recaps_total", "outcome", "ARCHIVED").increment();
        LOG.infof("Recap %s archived as %s", subject.recap.id, archived.archiveId());
    }

    private void approve(Subject subject, EventEnvelope envelope, String note) {
        Actor actor = envelope.actorOrSystem();
        Instant at = envelope.occurredAtOr(Instant.now());
        Entry.ofRound(subject.round).forEach(entry -> entry.lock(actor, at));
        subject.recap.approved(actor.userId(), at, note);
        meters.counter("kinerja_collection_recaps_total", "outcome", "APPROVED").increment();
        approvals.fire(new RecapProgress.Approved(subject.round, envelope.revision(), note, actor, at));
    }

    /**
     * The recap and round an event is about, with the round locked as every change to it is; null when
     * the event is stale (an older revision). Refuses events for recaps that do not exist here, or that
     * name another round than the recap's.
     */
    private Subject lockSubject(ReceivedEvent event, UUID claimedRoundId) {
        EventEnvelope envelope = event.envelope();
        List<UUID> roundIds = Recap.getEntityManager()
                .createQuery("select r.round.id from Recap r where r.id = :id and r.agencyCode = :agency", UUID.class)
                .setParameter("id", envelope.recapId())
                .setParameter("agency", envelope.agencyCode())
                .getResultList();
        if (roundIds.isEmpty()) {
            throw new MalformedEventException(envelope.eventType() + " " + envelope.eventId() + " is about recap "
                    + envelope.recapId() + " of " + envelope.agencyCode() + ", which collection never submitted");
        }
        if (claimedRoundId != null && !claimedRoundId.equals(roundIds.get(0))) {
            throw new MalformedEventException(envelope.eventType() + " " + envelope.eventId() + " names round "
                    + claimedRoundId + " but recap " + envelope.recapId() + " belongs to round " + roundIds.get(0));
        }
        CollectionRound round = CollectionRound.lockedOfAgency(roundIds.get(0), envelope.agencyCode()).orElseThrow();
        Recap recap = Recap.ofRound(round).orElseThrow();
        if (envelope.revision() > recap.currentRevision()) {
            throw new MalformedEventException(envelope.eventType() + " " + envelope.eventId() + " is about revision "
                    + envelope.revision() + " of recap " + recap.id + ", which was never submitted (current: "
                    + recap.currentRevision() + ")");
        }
        if (envelope.revision() < recap.currentRevision()) {
            ignored.ignore(envelope, IgnoredEvents.Reason.STALE_REVISION,
                    "the current revision is " + recap.currentRevision());
            return null;
        }
        return new Subject(recap, round, envelope, ignored);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Subject(Recap recap, CollectionRound round, EventEnvelope envelope, IgnoredEvents ignored) {

        /** The recap's answer whether the event still applies to it; when not, the event is ignored as superseded. */
        boolean stillApplies(boolean applies) {
            if (!applies) {
                ignored.ignore(envelope, IgnoredEvents.Reason.SUPERSEDED, "the recap is " + recap.status() + " already");
            }
            return applies;
        }
    }
}
