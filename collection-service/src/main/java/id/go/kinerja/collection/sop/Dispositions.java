package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.recap.Recap;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Records the Head's disposition as the end of A11; collection has nothing else to do with it. */
@ApplicationScoped
public class Dispositions {

    @Inject
    SopSteps steps;

    @Inject
    IgnoredEvents ignored;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDisposed(ReceivedEvent event) {
        EventEnvelope envelope = event.envelope();
        Recap recap = Recap.<Recap>find("id = ?1 and agencyCode = ?2", envelope.recapId(), envelope.agencyCode())
                .firstResultOptional()
                .orElseThrow(() -> new MalformedEventException("RecapDisposed " + envelope.eventId() + " is about recap "
                        + envelope.recapId() + " of " + envelope.agencyCode() + ", which collection never submitted"));
        CollectionRound round = CollectionRound.lockedOfAgency(recap.round.id, envelope.agencyCode()).orElseThrow();
        if (envelope.revision() > recap.currentRevision()) {
            throw new MalformedEventException("RecapDisposed " + envelope.eventId() + " is about revision "
                    + envelope.revision() + " of recap " + recap.id + ", which was never submitted");
        }
        if (envelope.revision() < recap.currentRevision()) {
            ignored.ignore(envelope, IgnoredEvents.Reason.STALE_REVISION,
                    "the current revision is " + recap.currentRevision());
            return;
        }
        RecapDisposed disposed = event.payloadAs(RecapDisposed.class);
        String text = disposed.disposition() == null ? null : disposed.disposition().text();
        Actor actor = envelope.actorOrSystem();
        Instant at = envelope.occurredAtOr(Instant.now());
        steps.disposed(round, text, actor, at);
    }
}
