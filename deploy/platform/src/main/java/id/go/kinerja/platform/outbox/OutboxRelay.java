package id.go.kinerja.platform.outbox;

import id.go.kinerja.platform.observability.TraceContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent once the broker acknowledged.
 * Woken right after each commit that wrote an event; the periodic poll only picks up what a crash or
 * a broker outage left behind. Rows are claimed with {@code for update skip locked}, so several
 * instances of a service can run relays side by side without publishing a row twice.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeSeconds = new AtomicLong();
    /** Null until {@link #start}: a commit may wake the relay before the application has started. */
    private volatile KafkaProducer<String, String> producer;

    void start(@Observes StartupEvent startup) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 15_000));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.sendTimeout().toMillis());
        KafkaProducer<String, String> ready =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        Gauge.builder("kinerja_outbox_backlog_events", backlog, AtomicLong::get)
                .description("Events written to the outbox and not yet acknowledged by the broker")
                .register(meters);
        Gauge.builder("kinerja_outbox_oldest_unsent_age_seconds", oldestUnsentAgeSeconds, AtomicLong::get)
                .description("Age of the oldest event the outbox has not yet published")
                .register(meters);
        producer = ready;
        // publishes what was committed before, including what woke the relay too early
        wake();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Asks the relay to publish what is pending; calls while a drain is already queued coalesce. Before the relay has
     * started (its producer exists) there is nothing to do: starting publishes everything pending.
     */
    public void wake() {
        if (producer == null) {
            return;
        }
        if (drainPending.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                drainPending.set(false);
            }
        }
    }

    @Scheduled(every = "${kinerja.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    private void drain() {
        drainPending.set(false);
        try {
            while (publishBatch() == config.batchSize()) {
                // a full batch means more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay could not publish, will retry: %s", e.getMessage());
        } finally {
            refreshBacklog();
        }
    }

    private int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select sequence, event_id, event_type, topic, message_key, payload, request_id, traceparent
                            from outbox_event where sent_at is null
                            order by sequence limit :limit for update skip locked""")
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<Long> sequences = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                ProducerRecord<String, String> record = new ProducerRecord<>((String) row[3], (String) row[4], (String) row[5]);
                record.headers().add("event-type", ((String) row[2]).getBytes(StandardCharsets.UTF_8));
                record.headers().add("event-id", row[1].toString().getBytes(StandardCharsets.UTF_8));
                if (row[6] != null) {
                    record.headers().add(TraceContext.REQUEST_ID_HEADER, ((String) row[6]).getBytes(StandardCharsets.UTF_8));
                }
                if (row[7] != null) {
                    record.headers().add(TraceContext.TRACEPARENT_HEADER, ((String) row[7]).getBytes(StandardCharsets.UTF_8));
                }
                acks.add(producer.send(record));
                sequences.add(((Number) row[0]).longValue());
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            entityManager.createNativeQuery("update outbox_event set sent_at = now() where sequence in (:sequences)")
                    .setParameter("sequences", sequences)
                    .executeUpdate();
            return rows.size();
        });
    }

    private void refreshBacklog() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Object[] row = (Object[]) entityManager.createNativeQuery(
                                "select count(*), min(created_at) from outbox_event where sent_at is null")
                        .getSingleResult();
                backlog.set(((Number) row[0]).longValue());
                Instant oldest = row[1] == null ? null : toInstant(row[1]);
                oldestUnsentAgeSeconds.set(oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds());
            });
        } catch (RuntimeException e) {
            LOG.debugf("Outbox backlog not refreshed: %s", e.getMessage());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
