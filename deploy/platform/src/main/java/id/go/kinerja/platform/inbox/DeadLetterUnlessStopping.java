package id.go.kinerja.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The failure strategy of every consumer ({@code failure-strategy=kinerja-dead-letter-queue}): a message the consumer
 * refused goes to the channel's dead-letter topic like with the connector's {@code dead-letter-queue} (same
 * {@code dead-letter-queue.*} settings), except an event {@link LeftForRedelivery} because the service stopped while
 * it waited for the database. That one is neither dead-lettered nor acknowledged: its offset is not committed, and
 * Kafka delivers it again after the restart.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "kinerja-dead-letter-queue";

    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new Handler(config.getChannel(), deadLetterQueue.create(config, vertx, consumer, reportFailure));
    }

    /** True when the failure (or a cause of it) says the event was left for redelivery. */
    public static boolean leftForRedelivery(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LeftForRedelivery) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static final class Handler implements KafkaFailureHandler {

        private final String channel;
        private final KafkaFailureHandler deadLetters;

        Handler(String channel, KafkaFailureHandler deadLetters) {
            this.channel = channel;
            this.deadLetters = deadLetters;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (leftForRedelivery(reason)) {
                LOG.infof("Channel %s stops with offset %d of %s-%d unprocessed; it is delivered again after the "
                        + "restart", channel, record.getOffset(), record.getTopic(), record.getPartition());
                return Uni.createFrom().voidItem();
            }
            return deadLetters.handle(record, reason, metadata);
        }

        @Override
        public void terminate() {
            deadLetters.terminate();
        }
    }
}
