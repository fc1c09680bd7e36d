package id.go.kinerja.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends to and reads from real topics in tests, the way another service would. */
public final class TestTopics {

    private final String bootstrapServers;

    public TestTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Against the broker of {@link KinerjaTestInfrastructure}. */
    public static TestTopics ofTestBroker() {
        return new TestTopics(KinerjaTestInfrastructure.kafka().bootstrapServers());
    }

    public void send(String topic, String key, String json) {
        send(topic, key, json, null);
    }

    public void send(String topic, String key, String json, String eventType) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            if (eventType != null) {
                record.headers().add("event-type", eventType.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning until {@code count} records match, or the timeout passes.
     * Returns the matching values in order (fewer than {@code count} if the timeout passed).
     */
    public List<String> await(String topic, Predicate<String> matching, int count, Duration timeout) {
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && matching.test(record.value())) {
                        found.add(record.value());
                    }
                }
            }
        }
        return found;
    }

    /** Every record now on the topic that matches, waiting at most {@code settle} for late ones. */
    public List<String> all(String topic, Predicate<String> matching, Duration settle) {
        return await(topic, matching, Integer.MAX_VALUE, settle);
    }
}
