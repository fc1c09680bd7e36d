package id.go.kinerja.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.platform.failure.InfrastructureFailures;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryingTest {

    private static final RetryPolicy POLICY = new RetryPolicy() {
        @Override
        public Duration initialBackoff() {
            return Duration.ofMillis(200);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration giveUpAfter() {
            return Duration.ofSeconds(5);
        }
    };

    private final List<Duration> pauses = new ArrayList<>();
    private long now;
    private final Retrying retrying = new Retrying(POLICY, duration -> {
        pauses.add(duration);
        now += duration.toNanos();
    }, () -> now);

    @Test
    void anEffectThatFailsWhileTheDatabaseIsDownIsAppliedOnceItIsBack() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retrying.attempt("test", () -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new PersistenceException("connection lost", new SQLException("Connection refused", "08001"));
            }
            return "applied";
        });

        assertEquals("applied", result);
        assertEquals(4, attempts.get());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800)), pauses);
    }

    @Test
    void aFailureOfTheEventItselfIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException wrong = new IllegalStateException("no such recap");

        assertSame(wrong, assertThrows(IllegalStateException.class, () -> retrying.attempt("test", () -> {
            attempts.incrementAndGet();
            throw wrong;
        })));
        assertEquals(1, attempts.get());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void aFailureThatStaysTransientGivesUpAfterThePolicysTimeWithBackoffCapped() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(OptimisticLockException.class, () -> retrying.attempt("test", () -> {
            attempts.incrementAndGet();
            throw new OptimisticLockException("row changed");
        }));

        assertEquals(Duration.ofSeconds(1), pauses.get(pauses.size() - 1));
        long waited = pauses.stream().mapToLong(Duration::toMillis).sum();
        assertTrue(waited >= 5_000 && waited < 6_000, "waited " + waited + " ms");
        assertEquals(pauses.size() + 1, attempts.get());
    }

    @Test
    void transientMeansConnectionRollbackLockAndShutdownStatesNotConstraintViolations() {
        assertTrue(InfrastructureFailures.isTransient(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertTrue(InfrastructureFailures.isTransient(new SQLException("could not serialize", "40001")));
        assertTrue(InfrastructureFailures.isTransient(new SQLException("lock not available", "55P03")));
        assertTrue(InfrastructureFailures.isTransient(new SQLException("terminating connection", "57P01")));
        assertFalse(InfrastructureFailures.isTransient(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(InfrastructureFailures.isTransient(new SQLException("no state")));
        assertFalse(InfrastructureFailures.isTransient(new IllegalArgumentException("bad payload")));
    }
}
