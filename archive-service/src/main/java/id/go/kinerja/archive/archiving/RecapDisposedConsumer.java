package id.go.kinerja.archive.archiving;

import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Archives each disposed recap once; a message that cannot be archived goes to the dead-letter topic. */
@ApplicationScoped
public class RecapDisposedConsumer {

    public static final String CHANNEL = "recap-disposed";
    public static final String TOPIC = "kinerja.approval.recap-disposed";
    public static final String CONSUMER = "archive-service";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    Archivist archivist;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        // the raw text, not the parsed event, is what gets archived and hashed: nothing is lost in between
        consumer.applyOnce(CONSUMER, EventType.RECAP_DISPOSED, record,
                event -> archivist.archive(event, record.value()));
    }
}
