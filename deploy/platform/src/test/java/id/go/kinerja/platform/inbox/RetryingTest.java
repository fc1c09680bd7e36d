package id.go.kinerja.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.platform.failure.InfrastructureFailures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
            return Duration.ofSeconds(15);
        }
    };

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConsumerStalls stalls = new ConsumerStalls(meters);
    private final List<Duration> pauses = new ArrayList<>();
    /** The service stops during a pause. */
    private boolean stopping;
    /** The service has begun to stop before the attempt fails (its pool, transactions, container closing). */
    private boolean alreadyStopping;
    private final Retrying retrying = new Retrying(POLICY, stalls, backoff -> {
        pauses.add(backoff);
        return !stopping;
    }, () -> alreadyStopping);

    @Test
    void anEffectThatFailsWhileTheDatabaseIsDownIsAppliedOnceItIsBack() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retrying.attempt("measurement-service", "kinerja.collection.recap-submitted", () -> {
            if (attempts.incrementAndGet() <= 3) {
                throw refused();
            }
            return "applied";
        });

        assertEquals("applied", result);
        assertEquals(4, attempts.get());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800)), pauses);
    }

    @Test
    void anOutageOfAnHourIsWaitedOutWithTheBackoffCappedAndTheConsumerReportedStalledMeanwhile() {
        List<Double> stalledWhileDown = new ArrayList<>();

        String result = retrying.attempt("measurement-service", "kinerja.collection.recap-submitted", () -> {
            if (pauses.stream().mapToLong(Duration::toSeconds).sum() < 3600) {
                if (!pauses.isEmpty()) {
                    stalledWhileDown.add(stalled());
                }
                throw refused();
            }
            return "applied";
        });

        assertEquals("applied", result, "no deadline: a good event is not given up on");
        assertEquals(Duration.ofSeconds(15), pauses.get(pauses.size() - 1));
        assertTrue(pauses.stream().allMatch(pause -> pause.compareTo(Duration.ofSeconds(15)) <= 0));
        assertTrue(stalledWhileDown.stream().allMatch(value -> value == 1.0), "stalled while it waited");
        assertEquals(0.0, stalled(), "no longer stalled once applied");
        assertTrue(stalls.current().isEmpty());
    }

    @Test
    void aServiceStoppingWhileAnEventWaitsLeavesTheEventForRedelivery() {
        stopping = true;

        LeftForRedelivery left = assertThrows(LeftForRedelivery.class,
                () -> retrying.attempt("archive-service", "kinerja.approval.recap-disposed", () -> {
                    throw refused();
                }));

        assertTrue(InfrastructureFailures.isOutage(left.getCause()), "the last failure is kept as the cause");
        assertTrue(stalls.current().isEmpty(), "a stopped consumer is not reported stalled");
    }

    @Test
    void whateverAnAttemptFailsWithWhileTheServiceStopsTheEventIsLeftForRedeliveryNotDeadLettered() {
        alreadyStopping = true;
        IllegalStateException closing = new IllegalStateException("EntityManagerFactory is closed");

        LeftForRedelivery left = assertThrows(LeftForRedelivery.class,
                () -> retrying.attempt("collection-service", "kinerja.approval.recap-disposed", () -> {
                    throw closing;
                }));

        assertSame(closing, left.getCause());
        assertTrue(pauses.isEmpty(), "not waited for: the service is going away");
        assertTrue(DeadLetterUnlessStopping.leftForRedelivery(new RuntimeException(left)),
                "the failure strategy recognises it and does not dead-letter it");
    }

    @Test
    void aFailureOfTheEventItselfIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException wrong = new IllegalStateException("no such recap");

        assertSame(wrong, assertThrows(IllegalStateException.class, () -> retrying.attempt("c", "t", () -> {
            attempts.incrementAndGet();
            throw wrong;
        })));
        assertEquals(1, attempts.get());
        assertTrue(pauses.isEmpty());
        assertTrue(stalls.current().isEmpty());
    }

    @Test
    void aConcurrentChangeOfTheSameRowIsTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();

        retrying.attempt("c", "t", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OptimisticLockException("row changed");
            }
            return null;
        });

        assertEquals(2, attempts.get());
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

    private double stalled() {
        return meters.get(ConsumerStalls.STALLED).tag("topic", "kinerja.collection.recap-submitted").gauge().value();
    }

    private static PersistenceException refused() {
        return new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("database \"measurement\" is not currently accepting connections", "55000"));
    }
}
