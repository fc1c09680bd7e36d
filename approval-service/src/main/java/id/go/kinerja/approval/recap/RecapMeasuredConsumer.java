package id.go.kinerja.approval.recap;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Measured recaps reach the Secretary's inbox (SOP B7 → A10 / B8). */
@ApplicationScoped
public class RecapMeasuredConsumer {

    public static final String CHANNEL = "recap-measured";
    public static final String CONSUMER = "approval-service";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    MeasuredRecapIntake intake;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce(CONSUMER, EventType.RECAP_MEASURED, record,
                event -> intake.onRecapMeasured(event, record.value()));
    }
}
