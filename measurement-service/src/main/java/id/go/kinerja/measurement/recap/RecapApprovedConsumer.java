package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Freezes approved measurements ({@code kinerja.approval.recap-approved}). */
@ApplicationScoped
public class RecapApprovedConsumer {

    public static final String CHANNEL = "recap-approved";
    /** The topic the channel reads (application.properties). */
    public static final String TOPIC = "kinerja.approval.recap-approved";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    FollowingReview review;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce(RecapSubmittedConsumer.CONSUMER, EventType.RECAP_APPROVED, record,
                review::onRecapApproved);
    }
}
