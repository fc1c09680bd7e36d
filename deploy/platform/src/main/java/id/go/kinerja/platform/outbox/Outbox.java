package id.go.kinerja.platform.outbox;

import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.observability.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

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
        entityManager.createNativeQuery("""
                        insert into outbox_event (event_id, event_type, topic, message_key, payload, request_id, traceparent)
                        values (:eventId, :eventType, :topic, :key, :payload, :requestId, :traceparent)""")
                .setParameter("eventId", envelope.eventId())
                .setParameter("eventType", envelope.eventType())
                .setParameter("topic", topic)
                .setParameter("key", envelope.recapId().toString())
                .setParameter("payload", EventJson.write(envelope, payload))
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
