package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.recap.Recap;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Records the Head's disposition as the end of A11; collection has nothing else to do with it. */
@ApplicationScoped
public class Dispositions {

    @Inject
    SopSteps steps;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDisposed(ReceivedEvent event) {
        EventEnvelope envelope = event.envelope();
        Recap recap = Recap.<Recap>find("id = ?1 and agencyCode = ?2", envelope.recapId(), envelope.agencyCode())
                .firstResultOptional()
                .orElseThrow(() -> new MalformedEventException("RecapDisposed " + envelope.eventId() + " is about recap "
                        + envelope.recapId() + " of " + envelope.agencyCode() + ", which collection never submitted"));
        CollectionRound round = CollectionRound.lockedOfAgency(recap.round.id, envelope.agencyCode()).orElseThrow();
        RecapDisposed disposed = event.payloadAs(RecapDisposed.class);
        String text = disposed.disposition() == null ? null : disposed.disposition().text();
        Actor actor = envelope.actor() == null ? Actor.SYSTEM : envelope.actor();
        Instant at = envelope.occurredAt() == null ? Instant.now() : envelope.occurredAt();
        steps.disposed(round, text, actor, at);
    }
}
