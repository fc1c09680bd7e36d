package id.go.kinerja.platform.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Which consumers wait for the database to take an event (a transient failure), since when and why. Shown as the
 * gauges {@code kinerja_consumer_stalled{consumer, topic}} (1 while waiting, else 0) and
 * {@code kinerja_consumer_stalled_seconds{consumer, topic}}, and by {@link ConsumerStallCheck} in readiness.
 * Also where a waiting consumer sleeps between attempts: when the service stops, the sleep ends at once and the
 * event is left for redelivery ({@link LeftForRedelivery}) rather than waited for.
 */
@ApplicationScoped
public class ConsumerStalls {

    /** Exposed by Prometheus as {@code kinerja_consumer_stalled}. */
    public static final String STALLED = "kinerja.consumer.stalled";
    /** Exposed by Prometheus as {@code kinerja_consumer_stalled_seconds}. */
    public static final String STALLED_SECONDS = "kinerja.consumer.stalled.seconds";

    /** A consumer waiting on a topic's event: since when, and the failure of its last attempt. */
    public record Stall(String consumer, String topic, Instant since, String lastFailure) {
    }

    private record Key(String consumer, String topic) {
    }

    private final MeterRegistry meters;
    private final Map<Key, Stall> stalls = new ConcurrentHashMap<>();
    private final Map<Key, Boolean> registered = new ConcurrentHashMap<>();
    private final Object wakeUp = new Object();
    private volatile boolean stopping;

    public ConsumerStalls(MeterRegistry meters) {
        this.meters = meters;
    }

    /** The consumer's attempt failed transiently; it waits from now on (or still waits, since the first failure). */
    void waiting(String consumer, String topic, Throwable failure) {
        Key key = new Key(consumer, topic);
        registerGauges(key);
        stalls.compute(key, (k, stall) -> new Stall(consumer, topic, stall == null ? Instant.now() : stall.since(),
                String.valueOf(failure)));
    }

    /** The consumer's attempt succeeded or failed for good: it no longer waits. */
    void resumed(String consumer, String topic) {
        stalls.remove(new Key(consumer, topic));
    }

    /** The consumers that wait now, longest first. */
    public List<Stall> current() {
        return stalls.values().stream().sorted(Comparator.comparing(Stall::since)).toList();
    }

    /**
     * Sleeps for the backoff between two attempts.
     *
     * @return false, at once, when the service stops: the caller must leave the event for redelivery
     */
    boolean pause(Duration backoff) throws InterruptedException {
        long end = System.nanoTime() + backoff.toNanos();
        synchronized (wakeUp) {
            while (!stopping) {
                long remaining = end - System.nanoTime();
                if (remaining <= 0) {
                    return true;
                }
                TimeUnit.NANOSECONDS.timedWait(wakeUp, remaining);
            }
        }
        return false;
    }

    /** True from the moment the service begins to stop. */
    boolean stopping() {
        return stopping;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        synchronized (wakeUp) {
            stopping = true;
            wakeUp.notifyAll();
        }
    }

    private void registerGauges(Key key) {
        registered.computeIfAbsent(key, k -> {
            Gauge.builder(STALLED, () -> stalls.containsKey(k) ? 1 : 0)
                    .description("1 while the consumer waits for the database to take an event (a transient failure)")
                    .tags("consumer", k.consumer(), "topic", k.topic())
                    .register(meters);
            Gauge.builder(STALLED_SECONDS, () -> {
                        Stall stall = stalls.get(k);
                        return stall == null ? 0 : Duration.between(stall.since(), Instant.now()).toSeconds();
                    })
                    .description("How long the consumer has been waiting for the database to take an event")
                    .tags("consumer", k.consumer(), "topic", k.topic())
                    .baseUnit("seconds")
                    .register(meters);
            return true;
        });
    }
}
