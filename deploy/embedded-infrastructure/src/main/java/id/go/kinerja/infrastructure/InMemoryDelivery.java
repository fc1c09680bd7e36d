package id.go.kinerja.infrastructure;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Hands events to a service's consumers without the broker, for tests of what a consumer decides: the test profile
 * {@link #channels switches} the consumer's incoming channels to the in-memory connector, and {@link #answer} delivers
 * one record as its topic would, through the running application's connector, and waits for the consumer's answer. The real-broker tests keep the topics, the
 * partitions and the dead-letter topic covered.
 */
public final class InMemoryDelivery {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private InMemoryDelivery() {
    }

    /** The configuration that reads each named incoming channel from the in-memory connector. */
    public static Map<String, String> channels(String... channels) {
        Map<String, String> config = new HashMap<>();
        for (String channel : channels) {
            config.put("mp.messaging.incoming." + channel + ".connector", InMemoryConnector.CONNECTOR);
        }
        return config;
    }

    /**
     * Delivers {@code json} keyed by {@code key} to the channel as a record of {@code topic}, and waits: empty when the
     * consumer acknowledged it (applied it, or left it alone by its rules), else why it refused it (what the Kafka
     * connector would send to the dead-letter topic).
     */
    public static Optional<Throwable> answer(String channel, String topic, String key, String json) {
        InMemoryConnector connector = CDI.current().select(InMemoryConnector.class, Any.Literal.INSTANCE).get();
        CompletableFuture<Optional<Throwable>> answer = new CompletableFuture<>();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, OFFSETS.incrementAndGet(), key, json);
        connector.source(channel).send(Message.of(record)
                .withAck(() -> {
                    answer.complete(Optional.empty());
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    answer.complete(Optional.of(failure));
                    return CompletableFuture.completedFuture(null);
                }));
        try {
            return answer.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the consumer of " + channel + " never answered " + json, e);
        }
    }

    /** The refusal's cause of the given type (the messaging layer may wrap it), or null. */
    public static <T extends Throwable> T causeOf(Throwable refusal, Class<T> type) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
