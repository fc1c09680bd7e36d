package id.go.kinerja.approval.recap;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The archive confirms it stored and sealed a disposed recap (SOP A12 / B10). */
@ApplicationScoped
public class RecapArchivedConsumer {

    public static final String CHANNEL = "recap-archived";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ArchiveReceipts receipts;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.applyOnce(RecapMeasuredConsumer.CONSUMER, EventType.RECAP_ARCHIVED, record, receipts::onRecapArchived);
    }
}
