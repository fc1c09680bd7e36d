package id.go.kinerja.faulttest;

import id.go.kinerja.infrastructure.EmbeddedPostgresServer;
import id.go.kinerja.systemtest.SystemUnderTest.Running;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the system did with the requests it acknowledged, read where it is kept: the services' databases (archive
 * records, measurements, unsent outbox rows) and the broker (dead-letter topics, consumer groups' committed offsets).
 */
final class Effects {

    /** The consumer groups of the four services (each service's {@code group.id}). */
    static final List<String> CONSUMER_GROUPS = List.of(
            "collection-service", "measurement-service", "approval-service", "archive-service");

    private final Running system;

    Effects(Running system) {
        this.system = system;
    }

    /** One recap's effects: archive records, and measurements of each revision. */
    record OfRecap(int archiveRecords, Map<Integer, Integer> measurementsByRevision) {

        /** Effects beyond the one each acknowledged request should have. */
        int duplicates() {
            return Math.max(0, archiveRecords - 1)
                    + measurementsByRevision.values().stream().mapToInt(count -> Math.max(0, count - 1)).sum();
        }

        /** Whether an acknowledged submit has no measurement, or an acknowledged disposition no archive record. */
        boolean lost(Burst.Recap recap) {
            for (int revision = 1; revision <= recap.submittedRevisions; revision++) {
                if (measurementsByRevision.getOrDefault(revision, 0) == 0) {
                    return true;
                }
            }
            return recap.disposed && archiveRecords == 0;
        }
    }

    OfRecap of(UUID roundId) throws SQLException {
        int archived;
        try (Connection archive = connect(Service.ARCHIVE);
             PreparedStatement query = archive.prepareStatement("select count(*) from archive_record where round_id = ?")) {
            query.setObject(1, roundId);
            archived = single(query);
        }
        Map<Integer, Integer> measured = new HashMap<>();
        try (Connection measurement = connect(Service.MEASUREMENT);
             PreparedStatement query = measurement.prepareStatement("""
                     select m.revision, count(*) from measurement m join recap r on r.recap_id = m.recap_id
                     where r.round_id = ? group by m.revision""")) {
            query.setObject(1, roundId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    measured.put(rows.getInt(1), rows.getInt(2));
                }
            }
        }
        return new OfRecap(archived, measured);
    }

    /** Outbox rows not yet published, all four services together. */
    int unsentOutboxEvents() throws SQLException {
        int unsent = 0;
        for (Service service : Service.values()) {
            try (Connection connection = connect(service);
                 PreparedStatement query = connection.prepareStatement("select count(*) from outbox_event where sent_at is null")) {
                unsent += single(query);
            }
        }
        return unsent;
    }

    /** Records on every dead-letter topic ({@code *.dlq}) since the broker started. */
    long deadLetters() throws Exception {
        try (Admin admin = admin()) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(topic -> topic.endsWith(".dlq")).collect(Collectors.toSet());
            return endOffsets(admin, topics).values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
        }
    }

    /** Messages the four consumer groups have not committed yet, over every partition of the topics they read. */
    long consumerLag() throws Exception {
        long lag = 0;
        try (Admin admin = admin()) {
            for (String group : CONSUMER_GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Set<String> topics = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
                for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : endOffsets(admin, topics).entrySet()) {
                    OffsetAndMetadata offset = committed.get(end.getKey());
                    lag += end.getValue().offset() - (offset == null ? 0 : offset.offset());
                }
            }
        }
        return lag;
    }

    /**
     * Sets the committed offsets of the four groups back to the beginning of every partition they read, as an operator
     * does with {@code kafka-consumer-groups --reset-offsets --to-earliest}: every event is delivered again. The groups
     * must have no member (services stopped).
     */
    void resetConsumerGroupsToEarliest() throws Exception {
        try (Admin admin = admin()) {
            for (String group : CONSUMER_GROUPS) {
                Set<TopicPartition> partitions = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).keySet();
                Map<TopicPartition, ListOffsetsResultInfo> earliest = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()))).all().get(30, TimeUnit.SECONDS);
                admin.alterConsumerGroupOffsets(group, earliest.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset()))))
                        .all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> endOffsets(Admin admin, Set<String> topics) throws Exception {
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.values().forEach(topic -> topic.partitions().forEach(partition ->
                latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    private Connection connect(Service service) throws SQLException {
        return DriverManager.getConnection(system.jdbcUrl(service), EmbeddedPostgresServer.USER, "");
    }

    private static int single(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
