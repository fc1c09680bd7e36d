package id.go.kinerja.platform.inbox;

import id.go.kinerja.platform.failure.InfrastructureFailures;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs an attempt again after transient failures, backing off up to the policy's cap, for as long as they last: the
 * consumer holds its event (nothing after it is processed or committed) and reports itself stalled meanwhile. Any
 * other failure is the event's own and is thrown at once, unless the service is stopping: then nothing it fails with
 * is the event's fault. When the service stops while it waits, or an attempt fails while it stops, the event is left
 * for redelivery ({@link LeftForRedelivery}), never dead-lettered.
 */
final class Retrying {

    private static final Logger LOG = Logger.getLogger(Retrying.class);

    interface Pause {
        /** @return false when the service stops instead */
        boolean pause(Duration backoff) throws InterruptedException;
    }

    private final RetryPolicy policy;
    private final ConsumerStalls stalls;
    private final Pause pause;
    private final BooleanSupplier stopping;

    Retrying(RetryPolicy policy, ConsumerStalls stalls, Pause pause, BooleanSupplier stopping) {
        this.policy = policy;
        this.stalls = stalls;
        this.pause = pause;
        this.stopping = stopping;
    }

    Retrying(RetryPolicy policy, ConsumerStalls stalls) {
        this(policy, stalls, stalls::pause, stalls::stopping);
    }

    <T> T attempt(String consumer, String topic, Supplier<T> attempt) {
        Duration backoff = policy.initialBackoff();
        try {
            for (int failures = 1; ; failures++) {
                try {
                    return attempt.get();
                } catch (RuntimeException failure) {
                    if (stopping.getAsBoolean()) {
                        // the database pool, the transaction manager or the container itself closing under the
                        // attempt: not the event's fault, whatever the failure says
                        throw new LeftForRedelivery(consumer + " applying an event of " + topic + " while stopping",
                                failure);
                    }
                    if (!InfrastructureFailures.isTransient(failure)) {
                        throw failure;
                    }
                    stalls.waiting(consumer, topic, failure);
                    LOG.warnf("%s cannot apply an event of %s now (attempt %d: %s); trying again in %d ms", consumer,
                            topic, failures, failure, backoff.toMillis());
                    if (!pauseFor(backoff)) {
                        throw new LeftForRedelivery(consumer + " applying an event of " + topic, failure);
                    }
                    backoff = min(backoff.multipliedBy(2), policy.maxBackoff());
                }
            }
        } finally {
            stalls.resumed(consumer, topic);
        }
    }

    private boolean pauseFor(Duration backoff) {
        try {
            return pause.pause(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
