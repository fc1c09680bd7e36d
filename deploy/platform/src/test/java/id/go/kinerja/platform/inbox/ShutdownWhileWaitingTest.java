package id.go.kinerja.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.platform.events.MalformedEventException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/**
 * A service stopping while its consumer waits for the database must neither dead-letter the event (the nack of the
 * messaging layer) nor acknowledge it (which commits its offset): it stays uncommitted and comes again after the
 * restart.
 */
class ShutdownWhileWaitingTest {

    private static final RetryPolicy ONE_MINUTE_BACKOFF = new RetryPolicy() {
        @Override
        public Duration initialBackoff() {
            return Duration.ofMinutes(1);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofMinutes(1);
        }
    };

    private final List<Throwable> deadLettered = new ArrayList<>();
    private final List<Long> acknowledged = new ArrayList<>();
    private final KafkaFailureHandler deadLetterQueue = new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            deadLettered.add(reason);
            return Uni.createFrom().completionStage(record.ack());
        }
    };
    private final KafkaCommitHandler commits = new KafkaCommitHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            acknowledged.add(record.getOffset());
            return Uni.createFrom().voidItem();
        }
    };
    private final KafkaFailureHandler strategy = new DeadLetterUnlessStopping.Handler("recap-disposed", deadLetterQueue);

    @Test
    void anEventWaitingForTheDatabaseWhenTheServiceStopsIsNeitherDeadLetteredNorAcknowledged() throws Exception {
        ConsumerStalls stalls = new ConsumerStalls(new SimpleMeterRegistry());
        Retrying retrying = new Retrying(ONE_MINUTE_BACKOFF, stalls);
        CompletableFuture<Object> consumer = CompletableFuture.supplyAsync(() -> retrying.attempt("archive-service",
                "kinerja.approval.recap-disposed", () -> {
                    throw new PersistenceException(new SQLException("terminating connection", "57P01"));
                }));
        long waitingSince = System.nanoTime();
        while (stalls.current().isEmpty() && System.nanoTime() - waitingSince < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(10);
        }
        assertEquals(1, stalls.current().size(), "the consumer waits for the database");

        stalls.stop(null);
        Throwable failure = consumer.handle((result, thrown) -> thrown).get(5, TimeUnit.SECONDS);
        record(41).nack(failure).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertInstanceOf(LeftForRedelivery.class, failure.getCause(), "woken at once, not after the minute: " + failure);
        assertTrue(deadLettered.isEmpty(), "dead-lettered: " + deadLettered);
        assertTrue(acknowledged.isEmpty(), "acknowledged (its offset would be committed): " + acknowledged);
    }

    @Test
    void aPoisonMessageStillGoesToTheDeadLetterTopic() throws Exception {
        record(42).nack(new MalformedEventException("Not a readable event")).toCompletableFuture()
                .get(5, TimeUnit.SECONDS);

        assertEquals(1, deadLettered.size());
        assertEquals(List.of(42L), acknowledged, "the stream goes on past it");
    }

    private IncomingKafkaRecord<String, String> record(long offset) {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>("kinerja.approval.recap-disposed", 0, offset, "key", "{}"),
                "recap-disposed", 0, commits, strategy, false);
    }
}
