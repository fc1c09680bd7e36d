package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Following the Secretary's review of a measured revision (SOP B8): a return reopens the methodologies of the items
 * sent back to MEASUREMENT (see {@link RemeasuringRecap}), an approval freezes the revision's results. A decision
 * about an older revision, or about a recap no longer under review, changes nothing ({@link Recap.Ignored}).
 */
@ApplicationScoped
public class FollowingReview {

    private static final Logger LOG = Logger.getLogger(FollowingReview.class);

    @Inject
    Event<RecapProgress.Returned> progressReturned;

    @Inject
    Event<RecapProgress.Approved> progressApproved;

    @Inject
    IgnoredEvents ignored;

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
        Recap recap = Recap.lockedForEvent(envelope);
        Instant now = Instant.now();
        try {
            recap.returned(envelope.revision(), returned.note(), now);
        } catch (Recap.Ignored e) {
            ignored.ignore(envelope, e.reason(), e.getMessage());
            return;
        }
        Map<String, Integer> versionsUsed = new HashMap<>();
        Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content().items()
                .forEach(item -> versionsUsed.put(item.indicatorCode(),
                        Objects.requireNonNullElse(item.result().methodologyVersion(), 0)));
        Map<String, ReturnedItem> byCode = new LinkedHashMap<>();
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
        progressReturned.fire(new RecapProgress.Returned(recap.ref(), byCode.size(), (int) byCode.values().stream()
                .filter(ReturnedItem::toMeasurement).count(), envelope.actorOrSystem(), envelope.occurredAtOr(now)));
        LOG.infof("Recap %s revision %d returned: %d item(s), %d to MEASUREMENT", recap.recapId, recap.currentRevision,
                byCode.size(), byCode.values().stream().filter(ReturnedItem::toMeasurement).count());
    }

    /** Applies a {@code RecapApproved}: the revision's results and methodology versions are frozen for good. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecapApproved(ReceivedEvent event) {
        EventEnvelope envelope = event.envelope();
        Recap recap = Recap.lockedForEvent(envelope);
        try {
            recap.approved(envelope.revision(), Instant.now());
        } catch (Recap.Ignored e) {
            ignored.ignore(envelope, e.reason(), e.getMessage());
            return;
        }
        progressApproved.fire(new RecapProgress.Approved(recap.ref(), event.payloadAs(RecapApproved.class).note(),
                envelope.actorOrSystem(), envelope.occurredAtOr(recap.updatedAt)));
        LOG.infof("Recap %s revision %d approved: its measurement is frozen", recap.recapId, recap.currentRevision);
    }
}
