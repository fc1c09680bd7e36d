package id.go.kinerja.platform.deadletter;

import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.observability.DeadLetterMetrics;
import id.go.kinerja.platform.observability.TraceContext;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.PlatformProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Lists the messages in this service's dead-letter topics and sends them back to the topic they came from once
 * their cause is fixed. Each replay is recorded (table {@code dead_letter_replay}, claimed before the message is
 * sent, in the same transaction), so a replay asked for twice, or a "replay all" run twice, sends a dead letter
 * once. Should a replay reach the topic and its record still be lost (the database failing at that very commit),
 * the consumers' inbox applies the event at most once anyway.
 *
 * <p>A dead-letter topic is shared by every service that reads its source topic; each service lists all of it and
 * records its own replays. The caller sees the events of their own agency and the messages that are no event at
 * all (they name no agency).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    DeadLetterBroker broker;

    @Inject
    DeadLetterConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Config mpConfig;

    /** Dead-letter topic → the topic its messages came from, for every channel of this service that dead-letters. */
    private final Map<String, String> sourceTopics = new TreeMap<>();

    @PostConstruct
    void readConfiguredTopics() {
        DeadLetterMetrics.configuredDeadLetterTopics(mpConfig).forEach((source, deadLetters) -> {
            String other = sourceTopics.putIfAbsent(deadLetters, source);
            if (other != null && !other.equals(source)) {
                // a replay could not tell where to send a message; the configuration must keep them apart
                throw new IllegalStateException("Dead-letter topic " + deadLetters + " collects both " + other + " and "
                        + source + "; give each incoming topic its own dead-letter topic");
            }
        });
    }

    public List<DeadLetterTopic> topics() {
        return sourceTopics.entrySet().stream()
                .map(topic -> new DeadLetterTopic(topic.getKey(), topic.getValue(), broker.count(topic.getKey())))
                .toList();
    }

    /** The caller's page of the topic's messages, oldest first per partition. */
    public PageOf<DeadLetter> list(String topic, String agencyCode, int page, int size) {
        requireKnown(topic);
        Map<Position, Replay> replays = replaysOf(topic);
        List<DeadLetter> items = new ArrayList<>(size);
        long first = (long) page * size;
        long[] visible = {0};
        broker.scan(topic, record -> {
            DeadLetterRecord letter = new DeadLetterRecord(record);
            if (!letter.visibleTo(agencyCode)) {
                return;
            }
            if (visible[0] >= first && items.size() < size) {
                items.add(DeadLetter.of(letter, config.previewBytes(), replays.get(Position.of(letter))));
            }
            visible[0]++;
        });
        return new PageOf<>(items, page, size, visible[0]);
    }

    public DeadLetter get(String topic, int partition, long offset, String agencyCode) {
        DeadLetterRecord letter = find(topic, partition, offset, agencyCode);
        return DeadLetter.of(letter, config.previewBytes(), replaysOf(topic).get(Position.of(letter)));
    }

    /** Sends one dead letter back to its topic, unless this service did so before. */
    public ReplayResult replay(String topic, int partition, long offset, String agencyCode, String userId) {
        return replay(find(topic, partition, offset, agencyCode), userId);
    }

    /**
     * Sends every event of the caller's agency in the topic back, except those replayed before. Messages that are no
     * event are left: they would only come back. What is dead-lettered again meanwhile waits for the next run.
     */
    public ReplayAllResult replayAll(String topic, String agencyCode, String userId) {
        requireKnown(topic);
        Map<Position, Replay> replays = replaysOf(topic);
        List<ReplayResult> replayed = new ArrayList<>();
        int[] alreadyReplayed = {0};
        int[] notEvents = {0};
        // sent as they are read: a topic of large documents is never held in memory at once
        broker.scan(topic, record -> {
            DeadLetterRecord letter = new DeadLetterRecord(record);
            if (!letter.visibleTo(agencyCode)) {
                return;
            }
            if (!letter.isEvent()) {
                notEvents[0]++;
            } else if (replays.containsKey(Position.of(letter))) {
                alreadyReplayed[0]++;
            } else {
                ReplayResult result = replay(letter, userId);
                if (result.status() == ReplayResult.Status.REPLAYED) {
                    replayed.add(result);
                } else {
                    alreadyReplayed[0]++;
                }
            }
        });
        return new ReplayAllResult(topic, replayed, alreadyReplayed[0], notEvents[0]);
    }

    private ReplayResult replay(DeadLetterRecord letter, String userId) {
        String target = sourceTopics.get(letter.topic());
        String requestId = TraceContext.currentRequestId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return QuarkusTransaction.requiringNew().call(() -> {
            // the claim: a second replay of the same dead letter, even a concurrent one, finds this row and sends nothing
            int claimed = entityManager.createNativeQuery("""
                            insert into dead_letter_replay (dead_letter_topic, dead_letter_partition, dead_letter_offset,
                                event_id, event_type, target_topic, replayed_at, replayed_by, request_id)
                            values (:topic, :partition, :offset, :eventId, :eventType, :target, :replayedAt, :userId, :requestId)
                            on conflict do nothing""")
                    .setParameter("topic", letter.topic())
                    .setParameter("partition", letter.partition())
                    .setParameter("offset", letter.offset())
                    .setParameter("eventId", letter.eventId())
                    .setParameter("eventType", letter.eventType())
                    .setParameter("target", target)
                    .setParameter("replayedAt", now)
                    .setParameter("userId", userId)
                    .setParameter("requestId", requestId)
                    .executeUpdate();
            if (claimed == 0) {
                return result(letter, ReplayResult.Status.ALREADY_REPLAYED, replaysOf(letter.topic()).get(Position.of(letter)));
            }
            RecordMetadata sent = broker.send(letter.replayTo(target));
            entityManager.createNativeQuery("""
                            update dead_letter_replay set target_partition = :targetPartition, target_offset = :targetOffset
                            where dead_letter_topic = :topic and dead_letter_partition = :partition
                              and dead_letter_offset = :offset""")
                    .setParameter("targetPartition", sent.partition())
                    .setParameter("targetOffset", sent.offset())
                    .setParameter("topic", letter.topic())
                    .setParameter("partition", letter.partition())
                    .setParameter("offset", letter.offset())
                    .executeUpdate();
            LOG.infof("%s replayed dead letter %s/%d/%d (%s %s) to %s/%d/%d", userId, letter.topic(), letter.partition(),
                    letter.offset(), letter.eventType(), letter.eventId(), target, sent.partition(), sent.offset());
            return result(letter, ReplayResult.Status.REPLAYED,
                    new Replay(target, sent.partition(), sent.offset(), now, userId, requestId));
        });
    }

    private static ReplayResult result(DeadLetterRecord letter, ReplayResult.Status status, Replay replay) {
        return new ReplayResult(letter.partition(), letter.offset(), letter.eventType(), letter.eventId(), status, replay);
    }

    private DeadLetterRecord find(String topic, int partition, long offset, String agencyCode) {
        requireKnown(topic);
        return broker.read(topic, partition, offset)
                .map(DeadLetterRecord::new)
                .filter(letter -> letter.visibleTo(agencyCode))
                .orElseThrow(() -> new NotFound(PlatformProblem.DEAD_LETTER_NOT_FOUND, topic + "/" + partition + "/" + offset));
    }

    private void requireKnown(String topic) {
        if (!sourceTopics.containsKey(topic)) {
            throw new NotFound(PlatformProblem.DEAD_LETTER_TOPIC_NOT_FOUND, topic, String.join(", ", sourceTopics.keySet()));
        }
    }

    private Map<Position, Replay> replaysOf(String topic) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select dead_letter_partition, dead_letter_offset, target_topic, target_partition, target_offset,
                               (extract(epoch from replayed_at) * 1000)::bigint, replayed_by, request_id
                        from dead_letter_replay where dead_letter_topic = :topic""")
                .setParameter("topic", topic)
                .getResultList();
        Map<Position, Replay> replays = new HashMap<>();
        for (Object[] row : rows) {
            replays.put(new Position(((Number) row[0]).intValue(), ((Number) row[1]).longValue()),
                    new Replay((String) row[2], ((Number) row[3]).intValue(), ((Number) row[4]).longValue(),
                            Instant.ofEpochMilli(((Number) row[5]).longValue()), (String) row[6], (String) row[7]));
        }
        return replays;
    }

    private record Position(int partition, long offset) {

        static Position of(DeadLetterRecord letter) {
            return new Position(letter.partition(), letter.offset());
        }
    }
}
