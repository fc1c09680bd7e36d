package id.go.kinerja.platform.inbox;

import id.go.kinerja.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has already applied. Called in the same transaction as the
 * event's effect: if the effect rolls back, so does the record, and a redelivery is applied again;
 * if it committed, a redelivery is recognised and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    /** @return true the first time this consumer sees the event, false for a redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope envelope) {
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (event_id, consumer, event_type)
                        values (:eventId, :consumer, :eventType) on conflict do nothing""")
                .setParameter("eventId", envelope.eventId())
                .setParameter("consumer", consumer)
                .setParameter("eventType", envelope.eventType())
                .executeUpdate();
        return inserted == 1;
    }
}
