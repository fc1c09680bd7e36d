package id.go.kinerja.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.go.kinerja.platform.inbox.IgnoredEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One incoming channel switched to the in-memory connector ({@link InMemoryConsumers}): delivers an event as the broker
 * would (a consumer record of the channel's topic, keyed by recap id) and waits for the consumer's answer.
 */
public final class InMemoryChannel {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private final InMemorySource<Message<ConsumerRecord<String, String>>> source;
    private final String topic;
    private final String eventType;
    private final MeterRegistry meters;

    InMemoryChannel(InMemoryConnector connector, String channel, String topic, String eventType, MeterRegistry meters) {
        this.source = connector.source(channel);
        this.topic = topic;
        this.eventType = eventType;
        this.meters = meters;
    }

    /** Delivers the event and returns once the consumer acknowledged it: applied, or ignored by the rules. */
    public void accepts(String recapId, String json) {
        answer(recapId, json).ifPresent(refusal -> fail("the consumer refused " + json, refusal));
    }

    /**
     * Delivers the event and asserts that the consumer acknowledged it without effect: counted once more as ignored for
     * the reason ({@link IgnoredEvents#METRIC}).
     */
    public void ignores(IgnoredEvents.Reason reason, String recapId, String json) {
        double before = ignored(reason);
        accepts(recapId, json);
        assertEquals(before + 1, ignored(reason), eventType + " ignored as " + reason);
    }

    /**
     * Delivers the event and returns why the consumer refused it (the message the broker would dead-letter): the
     * failure of the given type, found among the causes the messaging layer wrapped it in.
     */
    public <T extends Throwable> T refuses(String recapId, String json, Class<T> failure) {
        Optional<Throwable> refusal = answer(recapId, json);
        assertTrue(refusal.isPresent(), "the consumer acknowledged " + json);
        for (Throwable cause = refusal.get(); cause != null; cause = cause.getCause()) {
            if (failure.isInstance(cause)) {
                return failure.cast(cause);
            }
        }
        throw new AssertionError("the consumer refused " + json + " for another reason than " + failure.getSimpleName(),
                refusal.get());
    }

    private Optional<Throwable> answer(String recapId, String json) {
        CompletableFuture<Optional<Throwable>> answer = new CompletableFuture<>();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, OFFSETS.incrementAndGet(), recapId, json);
        source.send(Message.of(record)
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
            throw new AssertionError("the consumer of " + topic + " never answered " + json, e);
        }
    }

    private double ignored(IgnoredEvents.Reason reason) {
        Counter counter = meters.find(IgnoredEvents.METRIC).tags("event_type", eventType, "reason", reason.name()).counter();
        return counter == null ? 0 : counter.count();
    }
}
