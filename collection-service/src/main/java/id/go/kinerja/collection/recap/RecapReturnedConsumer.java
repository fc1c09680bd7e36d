package id.go.kinerja.collection.recap;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The Secretary's return of a recap revision (SOP A10): reopens the items sent back to collection. */
@ApplicationScoped
public class RecapReturnedConsumer {

    public static final String CHANNEL = "recap-returned";
    /** The topic the channel reads (application.properties). */
    public static final String TOPIC = "kinerja.approval.recap-returned";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    RecapDecisions decisions;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce("collection-service", EventType.RECAP_RETURNED, record, decisions::onReturned);
    }
}
