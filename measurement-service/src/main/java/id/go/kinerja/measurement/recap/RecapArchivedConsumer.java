package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The archive's seal of a disposed recap (SOP B10), for the timeline ({@code kinerja.archive.recap-archived}). */
@ApplicationScoped
public class RecapArchivedConsumer {

    public static final String CHANNEL = "recap-archived";
    /** The topic the channel reads (application.properties). */
    public static final String TOPIC = "kinerja.archive.recap-archived";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ReviewAftermath events;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce(RecapSubmittedConsumer.CONSUMER, EventType.RECAP_ARCHIVED, record, events::onArchived);
    }
}
