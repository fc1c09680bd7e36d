package id.go.kinerja.measurement.sop;

import id.go.kinerja.measurement.recap.Recap;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Head's disposition (B9) and the archive's seal (B10), recorded on the period's timeline; measurement has
 * nothing else to do with them.
 */
@ApplicationScoped
public class SopEvents {

    private static final Logger LOG = Logger.getLogger(SopEvents.class);

    @Inject
    SopSteps steps;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDisposed(ReceivedEvent event) {
        recapOf(event.envelope()).ifPresent(recap -> steps.disposed(recap,
                event.json().path("disposition").path("text").asText(null), actorOf(event.envelope()),
                occurredAt(event.envelope())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onArchived(ReceivedEvent event) {
        recapOf(event.envelope()).ifPresent(recap -> steps.archived(recap,
                event.json().path("archiveId").asText(null), event.json().path("contentHash").asText(null),
                occurredAt(event.envelope())));
    }

    private static Optional<RecapRef> recapOf(EventEnvelope envelope) {
        Optional<RecapRef> recap = Recap.<Recap>find("recapId = ?1 and agencyCode = ?2", envelope.recapId(),
                envelope.agencyCode()).firstResultOptional()
                .map(found -> new RecapRef(found.agencyCode, found.year, found.quarter, found.recapId,
                        envelope.revision()));
        if (recap.isEmpty()) {
            LOG.warnf("Ignored %s %s: recap %s of %s was never measured here", envelope.eventType(),
                    envelope.eventId(), envelope.recapId(), envelope.agencyCode());
        }
        return recap;
    }

    private static Actor actorOf(EventEnvelope envelope) {
        return envelope.actor() == null ? Actor.SYSTEM : envelope.actor();
    }

    private Instant occurredAt(EventEnvelope envelope) {
        return envelope.occurredAt() == null ? clock.instant() : envelope.occurredAt();
    }
}
