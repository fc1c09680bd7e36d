package id.go.kinerja.collection;

import id.go.kinerja.collection.recap.RecapApprovedConsumer;
import id.go.kinerja.collection.recap.RecapArchivedConsumer;
import id.go.kinerja.collection.recap.RecapReturnedConsumer;
import id.go.kinerja.collection.recap.RecapTopics;
import id.go.kinerja.collection.sop.SopSteps;
import id.go.kinerja.collection.sop.RecapDisposedConsumer;
import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import id.go.kinerja.infrastructure.TestTopics;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The events other services send to collection, as they would send them, and what collection published. */
public final class Events {

    public static final String RECAP_SUBMITTED = RecapTopics.RECAP_SUBMITTED;
    public static final String RECAP_RETURNED = RecapReturnedConsumer.TOPIC;
    public static final String RECAP_APPROVED = RecapApprovedConsumer.TOPIC;
    public static final String RECAP_ARCHIVED = RecapArchivedConsumer.TOPIC;
    public static final String RECAP_DISPOSED = RecapDisposedConsumer.TOPIC;
    public static final String STEP_OVERDUE = SopSteps.OVERDUE_TOPIC;

    public static final TestTopics TOPICS = TestTopics.ofTestBroker();

    private Events() {
    }

    /** A RecapReturned of the approval service; items are {@code [code, reason, returnTo]} triples. */
    public static String recapReturned(String eventId, TestAgency agency, String recapId, String roundId, int revision,
                                String[]... items) {
        StringBuilder list = new StringBuilder();
        for (String[] item : items) {
            list.append(list.isEmpty() ? "" : ", ").append("""
                    {"indicatorCode": "%s", "reason": "%s", "returnTo": "%s"}""".formatted(item[0], item[1], item[2]));
        }
        return envelope(eventId, "RecapReturned", agency, recapId, revision, "SECRETARY") + """
                , "roundId": "%s", "year": 2025, "quarter": 1, "note": "Dua indikator perlu diperbaiki",
                "items": [%s]}""".formatted(roundId, list);
    }

    public static String recapApproved(TestAgency agency, String recapId, String roundId, int revision) {
        return envelope(UUID.randomUUID().toString(), "RecapApproved", agency, recapId, revision, "SECRETARY") + """
                , "roundId": "%s", "year": 2025, "quarter": 1, "note": "Disetujui"}""".formatted(roundId);
    }

    /** A RecapDisposed of the approval service, reduced to what collection reads (the disposition). */
    public static String recapDisposed(TestAgency agency, String recapId, String roundId, int revision, String text) {
        return envelope(UUID.randomUUID().toString(), "RecapDisposed", agency, recapId, revision, "HEAD") + """
                , "roundId": "%s", "disposition": {"text": "%s", "decidedBy": "head@%s", "decidedAt": "%s"}}"""
                .formatted(roundId, text, agency.code.toLowerCase(), Instant.now());
    }

    public static String recapArchived(TestAgency agency, String recapId, String roundId, int revision,
                                       String archiveId) {
        return envelope(UUID.randomUUID().toString(), "RecapArchived", agency, recapId, revision, "SYSTEM") + """
                , "roundId": "%s", "archiveId": "%s", "contentHash": "%s", "chainPosition": 7,
                "previousHash": null}""".formatted(roundId, archiveId, "ab".repeat(32));
    }

    private static String envelope(String eventId, String type, TestAgency agency, String recapId, int revision,
                                   String role) {
        return """
                {"eventId": "%s", "eventType": "%s", "schemaVersion": 1, "occurredAt": "%s", "agencyCode": "%s",
                 "recapId": "%s", "revision": %d, "actor": {"userId": "%s@%s", "role": "%s"}"""
                .formatted(eventId, type, Instant.now(), agency.code, recapId, revision, role.toLowerCase(),
                        agency.code.toLowerCase(), role);
    }

    public static void send(String topic, String recapId, String json) {
        TOPICS.send(topic, recapId, json);
    }

    /** Sends a message no consumer can read and waits until it is on the dead-letter topic. */
    public static void sendPoisonAndAwaitDeadLetter(String topic, String recapId) {
        String poison = "{not an event " + UUID.randomUUID();
        TOPICS.send(topic, recapId, poison);
        List<String> dead = TOPICS.await(topic + ".dlq", poison::equals, 1, Duration.ofSeconds(30));
        if (dead.size() != 1) {
            throw new AssertionError("the poison message never reached " + topic + ".dlq");
        }
    }

    /** The records on a topic with the given key, read from the beginning, until {@code count} are found. */
    public static List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, int count) {
        return records(topic, record -> key.equals(record.key()), count, Duration.ofSeconds(30));
    }

    public static List<ConsumerRecord<String, String>> records(String topic,
                                                               Predicate<ConsumerRecord<String, String>> matching,
                                                               int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KinerjaTestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "collection-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    public static JsonPath json(String text) {
        return JsonPath.from(text);
    }

    /** Runs a query returning one number. */
    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Whether collection's consumer has recorded the event as processed (applied or deliberately ignored). */
    public static boolean processed(DataSource dataSource, String eventId) {
        return count(dataSource, "select count(*) from processed_event where event_id = ?::uuid and consumer = ?",
                eventId, "collection-service") == 1;
    }
}
