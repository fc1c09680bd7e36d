package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The Head's disposition (B9) and the archive's seal (B10) of an approved recap: measurement has nothing to do with
 * them but to tell the period's timeline ({@link RecapProgress.Disposed}, {@link RecapProgress.Archived}).
 */
@ApplicationScoped
public class ReviewAftermath {

    @Inject
    Clock clock;

    @Inject
    IgnoredEvents ignored;

    @Inject
    Event<RecapProgress.Disposed> dispositions;

    @Inject
    Event<RecapProgress.Archived> seals;

    /** The contract ({@code EventType.RECAP_DISPOSED}) guarantees {@code disposition.text} is text. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDisposed(ReceivedEvent event) {
        recapOf(event.envelope()).ifPresent(recap -> dispositions.fire(new RecapProgress.Disposed(recap,
                event.payloadAs(RecapDisposed.class).disposition().text(), actorOf(event.envelope()),
                occurredAt(event.envelope()))));
    }

    /** The contract ({@code EventType.RECAP_ARCHIVED}) guarantees {@code archiveId} and {@code contentHash} are text. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onArchived(ReceivedEvent event) {
        RecapArchived archived = event.payloadAs(RecapArchived.class);
        recapOf(event.envelope()).ifPresent(recap -> seals.fire(new RecapProgress.Archived(recap, archived.archiveId(),
                archived.contentHash(), occurredAt(event.envelope()))));
    }

    /** The recap of the event, unless the event is about an older revision (then ignored). */
    private Optional<RecapRef> recapOf(EventEnvelope envelope) {
        Recap recap = Recap.lockedForEvent(envelope);
        if (envelope.revision() < recap.currentRevision) {
            ignored.ignore(envelope, IgnoredEvents.Reason.STALE_REVISION,
                    "the current revision is " + recap.currentRevision);
            return Optional.empty();
        }
        return Optional.of(new RecapRef(recap.agencyCode, recap.year, recap.quarter, recap.recapId,
                envelope.revision()));
    }

    private static Actor actorOf(EventEnvelope envelope) {
        return envelope.actor() == null ? Actor.SYSTEM : envelope.actor();
    }

    private Instant occurredAt(EventEnvelope envelope) {
        return envelope.occurredAt() == null ? clock.instant() : envelope.occurredAt();
    }
}
