package id.go.kinerja.platform.outbox;

import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.RoundEventEnvelope;
import id.go.kinerja.platform.observability.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records an event in the same database transaction as the state change that caused it. The event
 * leaves only if that transaction commits; right after the commit the relay is woken to publish it.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Keyed by the recap id, so all events of one recap stay in order on one partition. The current request id
     * and trace context are stored with the event and leave as its Kafka headers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, EventEnvelope envelope, Object payload) {
        insert(topic, envelope.eventId(), envelope.eventType(), envelope.recapId(), EventJson.write(envelope, payload));
    }

    /**
     * An event that is not about a recap (it has no recap id), keyed by what keeps its kind in order: the round id for
     * a round's events, the agency's plan key for its plan versions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, UUID key, RoundEventEnvelope envelope, Object payload) {
        insert(topic, envelope.eventId(), envelope.eventType(), key, EventJson.write(envelope, payload));
    }

    private void insert(String topic, UUID eventId, String eventType, UUID key, String json) {
        entityManager.createNativeQuery("""
                        insert into outbox_event (event_id, event_type, topic, message_key, payload, request_id, traceparent)
                        values (:eventId, :eventType, :topic, :key, :payload, :requestId, :traceparent)""")
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .setParameter("topic", topic)
                .setParameter("key", key.toString())
                .setParameter("payload", json)
                .setParameter("requestId", TraceContext.currentRequestId())
                .setParameter("traceparent", TraceContext.currentTraceparent())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
