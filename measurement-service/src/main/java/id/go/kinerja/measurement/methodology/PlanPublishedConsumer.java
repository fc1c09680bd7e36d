package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.plan.PlanPublished;
import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps measurement's copy of every plan version collection publishes ({@code kinerja.collection.plan-published}):
 * its indicators become known, with names and units, before any recap, each with a draft methodology to review.
 */
@ApplicationScoped
public class PlanPublishedConsumer {

    public static final String CHANNEL = "plan-published";
    /** The topic the channel reads (application.properties). */
    public static final String TOPIC = "kinerja.collection.plan-published";
    public static final String CONSUMER = "measurement-service";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    MethodologyService methodologies;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce(CONSUMER, EventType.PLAN_PUBLISHED, record, event -> methodologies.onPlanPublished(
                event.envelope().agencyCode(), event.payloadAs(PlanPublished.class),
                event.envelope().occurredAtOr(Instant.now())));
    }
}
