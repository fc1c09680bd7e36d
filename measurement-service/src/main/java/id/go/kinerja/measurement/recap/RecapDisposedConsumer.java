package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The Head's disposition of an approved recap (SOP B9), for the timeline ({@code kinerja.approval.recap-disposed}). */
@ApplicationScoped
public class RecapDisposedConsumer {

    public static final String CHANNEL = "recap-disposed";
    /** The topic the channel reads (application.properties). */
    public static final String TOPIC = "kinerja.approval.recap-disposed";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ReviewAftermath events;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce(RecapSubmittedConsumer.CONSUMER, EventType.RECAP_DISPOSED, record, events::onDisposed);
    }
}
