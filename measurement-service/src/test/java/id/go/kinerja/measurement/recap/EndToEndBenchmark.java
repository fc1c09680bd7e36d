package id.go.kinerja.measurement.recap;

import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.measurement.support.LargeRecaps;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 3's end-to-end figure, not a timed test: a recap of one agency with 2,000 indicators, from
 * {@code RecapSubmitted} sent to {@code RecapMeasured} on the broker (the timestamp its producer gave it),
 * median of 5. Runs only when asked:
 * {@code ./mvnw -pl measurement-service verify -Dtest=EndToEndBenchmark -Dbenchmark=end-to-end}.
 * The figure includes the consumer picking the message up; the service's own share is logged per recap
 * ("Measured recap ... in N ms") and exported as {@code kinerja_measurement_duration_seconds}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "end-to-end")
class EndToEndBenchmark {

    private static final int INDICATORS = 2_000;
    private static final int RUNS = 5;

    @Test
    void twoThousandIndicatorsFromSubmittedToPublished() {
        String agency = Events.newAgency();
        UUID warmUp = UUID.randomUUID();
        long started = System.currentTimeMillis();
        Events.submit(LargeRecaps.yearEnd(warmUp, agency, INDICATORS));
        Events.awaitMeasured(warmUp, 1, 1);
        System.out.printf("warm-up (first sight of 2,000 indicators: methodology version 1 from the plan hints): %d ms%n",
                System.currentTimeMillis() - started);

        List<Long> latencies = new ArrayList<>();
        try (KafkaConsumer<String, String> measured = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KinerjaTestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = measured.partitionsFor(Events.RECAP_MEASURED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            measured.assign(partitions);
            measured.seekToEnd(partitions);
            partitions.forEach(measured::position);
            for (int run = 1; run <= RUNS; run++) {
                UUID recapId = UUID.randomUUID();
                String event = LargeRecaps.yearEnd(recapId, agency, INDICATORS).toString();
                long sent = System.currentTimeMillis();
                Events.topics().send(Events.RECAP_SUBMITTED, recapId.toString(), event, "RecapSubmitted");
                long published = publishedAt(measured, recapId);
                latencies.add(published - sent);
                System.out.printf("run %d: %,d bytes submitted, RecapMeasured on the broker after %d ms%n", run,
                        event.length(), published - sent);
            }
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("2,000 indicators, RecapSubmitted → RecapMeasured: median %d ms of %s (%d cores)%n",
                sorted.get(RUNS / 2), latencies, Runtime.getRuntime().availableProcessors());
    }

    private static long publishedAt(KafkaConsumer<String, String> measured, UUID recapId) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : measured.poll(Duration.ofMillis(100))) {
                if (recapId.toString().equals(record.key())) {
                    return record.timestamp();
                }
            }
        }
        throw new AssertionError("No RecapMeasured for " + recapId + " within 60 s");
    }
}
