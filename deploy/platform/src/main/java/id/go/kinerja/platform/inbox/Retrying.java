package id.go.kinerja.platform.inbox;

import id.go.kinerja.platform.failure.InfrastructureFailures;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Runs an attempt again after transient failures, backing off, until the policy's time is up. */
final class Retrying {

    private static final Logger LOG = Logger.getLogger(Retrying.class);

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    interface Clock {
        long nanoTime();
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    Retrying(RetryPolicy policy, Sleeper sleeper, Clock clock) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    static Retrying withSystemClock(RetryPolicy policy) {
        return new Retrying(policy, duration -> Thread.sleep(duration.toMillis()), System::nanoTime);
    }

    <T> T attempt(String what, Supplier<T> attempt) {
        long deadline = clock.nanoTime() + policy.giveUpAfter().toNanos();
        Duration backoff = policy.initialBackoff();
        for (int failures = 1; ; failures++) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                if (!InfrastructureFailures.isTransient(failure) || clock.nanoTime() - deadline >= 0) {
                    throw failure;
                }
                LOG.warnf("%s failed transiently (attempt %d: %s); trying again in %d ms", what, failures, failure,
                        backoff.toMillis());
                pause(backoff, failure);
                backoff = min(backoff.multipliedBy(2), policy.maxBackoff());
            }
        }
    }

    private void pause(Duration backoff, RuntimeException failure) {
        try {
            sleeper.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
