package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
        EventEnvelope envelope = event.envelope();
        recapOf(envelope).ifPresent(recap -> dispositions.fire(new RecapProgress.Disposed(recap,
                event.payloadAs(RecapDisposed.class).disposition().text(), envelope.actorOrSystem(),
                envelope.occurredAtOr(clock.instant()))));
    }

    /** The contract ({@code EventType.RECAP_ARCHIVED}) guarantees {@code archiveId} and {@code contentHash} are text. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onArchived(ReceivedEvent event) {
        RecapArchived archived = event.payloadAs(RecapArchived.class);
        EventEnvelope envelope = event.envelope();
        recapOf(envelope).ifPresent(recap -> seals.fire(new RecapProgress.Archived(recap, archived.archiveId(),
                archived.contentHash(), envelope.occurredAtOr(clock.instant()))));
    }

    /** The recap of the event, unless the event is about an older revision (then ignored). */
    private Optional<RecapRef> recapOf(EventEnvelope envelope) {
        try {
            return Optional.of(Recap.lockedForEvent(envelope).refAfterReview(envelope.revision()));
        } catch (Recap.Ignored e) {
            ignored.ignore(envelope, e.reason(), e.getMessage());
            return Optional.empty();
        }
    }
}
