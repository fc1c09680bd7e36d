package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Measures every recap collection submits ({@code kinerja.collection.recap-submitted}). */
@ApplicationScoped
public class RecapSubmittedConsumer {

    public static final String CHANNEL = "recap-submitted";
    /** The topic the channel reads (application.properties). */
    public static final String TOPIC = "kinerja.collection.recap-submitted";
    public static final String CONSUMER = "measurement-service";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    MeasuringSubmittedRecap measuring;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce(CONSUMER, EventType.RECAP_SUBMITTED, record,
                event -> measuring.onRecapSubmitted(event, record.value()));
    }
}
