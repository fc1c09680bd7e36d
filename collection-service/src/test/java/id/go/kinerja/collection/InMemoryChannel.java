package id.go.kinerja.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.go.kinerja.infrastructure.InMemoryDelivery;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;

/**
 * One incoming channel switched to the in-memory connector ({@link InMemoryConsumers}): delivers an event as the broker
 * would (a consumer record of the channel's topic, keyed by recap id) and waits for the consumer's answer.
 */
public final class InMemoryChannel {

    private final String channel;
    private final String topic;
    private final String eventType;
    private final MeterRegistry meters;

    InMemoryChannel(String channel, String topic, String eventType, MeterRegistry meters) {
        this.channel = channel;
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
        T cause = InMemoryDelivery.causeOf(refusal.get(), failure);
        if (cause != null) {
            return cause;
        }
        throw new AssertionError("the consumer refused " + json + " for another reason than " + failure.getSimpleName(),
                refusal.get());
    }

    private Optional<Throwable> answer(String recapId, String json) {
        return InMemoryDelivery.answer(channel, topic, recapId, json);
    }

    private double ignored(IgnoredEvents.Reason reason) {
        Counter counter = meters.find(IgnoredEvents.METRIC).tags("event_type", eventType, "reason", reason.name()).counter();
        return counter == null ? 0 : counter.count();
    }
}
