package id.go.kinerja.platform.observability;

import id.go.kinerja.platform.inbox.DeadLetterUnlessStopping;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Counts the messages each consumer sent to its dead-letter topic: {@code kinerja_dlq_messages_total{topic}}.
 * Every dead-letter topic of the service is registered at 0 on start, so an alert on {@code increase(...)} sees
 * the very first message. Applies to every incoming channel (an interceptor without identifier); the messaging
 * layer calls {@link #onMessageNack} once the nack, i.e. the dead-letter send, completed. An event left for
 * redelivery at shutdown is nacked too, but not dead-lettered, and not counted.
 */
@ApplicationScoped
@Unremovable
public class DeadLetterMetrics implements IncomingInterceptor {

    /** Exposed by Prometheus as {@code kinerja_dlq_messages_total}. */
    public static final String METRIC = "kinerja.dlq.messages";
    private static final Pattern STRATEGY = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.failure-strategy");
    /** The connector's strategy and the platform's, which dead-letters the same way (DeadLetterUnlessStopping). */
    private static final Set<String> DEAD_LETTER_STRATEGIES = Set.of("dead-letter-queue",
            DeadLetterUnlessStopping.STRATEGY);

    @Inject
    MeterRegistry meters;

    @Inject
    Config config;

    /** Source topic → its dead-letter topic, for the channels whose failure strategy is the dead-letter queue. */
    private final Map<String, String> deadLetterTopics = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    void registerAtZero(@Observes StartupEvent startup) {
        deadLetterTopics.putAll(configuredDeadLetterTopics(config));
        deadLetterTopics.values().forEach(this::counter);
    }

    /** Source topic → dead-letter topic as the Kafka connector resolves them (its defaults included). */
    static Map<String, String> configuredDeadLetterTopics(Config config) {
        Map<String, String> topics = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher strategy = STRATEGY.matcher(name);
            if (!strategy.matches()
                    || !DEAD_LETTER_STRATEGIES.contains(config.getOptionalValue(name, String.class).orElse(""))) {
                continue;
            }
            String prefix = "mp.messaging.incoming." + strategy.group(1) + ".";
            String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(strategy.group(1));
            String deadLetterTopic = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                    .orElse("dead-letter-topic-" + topic);
            topics.put(topic, deadLetterTopic);
        }
        return topics;
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        if (DeadLetterUnlessStopping.leftForRedelivery(failure)) {
            return;
        }
        message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> deadLetterTopics.get(kafka.getTopic()))
                .ifPresent(deadLetterTopic -> counter(deadLetterTopic).increment());
    }

    @Override
    public void onMessageAck(Message<?> message) {
        // only dead letters are counted; the consumer lag shows the normal flow
    }

    private Counter counter(String deadLetterTopic) {
        return counters.computeIfAbsent(deadLetterTopic, topic -> Counter.builder(METRIC)
                .description("Messages a consumer could not process and sent to the dead-letter topic")
                .tag("topic", topic)
                .register(meters));
    }
}
