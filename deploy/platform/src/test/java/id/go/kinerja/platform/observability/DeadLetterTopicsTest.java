package id.go.kinerja.platform.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterTopicsTest {

    @Test
    void everyChannelWithTheDeadLetterStrategyIsCountedUnderItsDeadLetterTopic() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "mp.messaging.incoming.recap-measured.topic", "kinerja.measurement.recap-measured",
                // the platform's strategy, which dead-letters the same way
                "mp.messaging.incoming.recap-measured.failure-strategy", "kinerja-dead-letter-queue",
                "mp.messaging.incoming.recap-measured.dead-letter-queue.topic", "kinerja.measurement.recap-measured.dlq",
                // the connector's own default name when none is configured
                "mp.messaging.incoming.recap-archived.topic", "kinerja.archive.recap-archived",
                "mp.messaging.incoming.recap-archived.failure-strategy", "dead-letter-queue",
                // a channel that fails or ignores instead has no dead-letter topic
                "mp.messaging.incoming.audit.topic", "kinerja.audit",
                "mp.messaging.incoming.audit.failure-strategy", "ignore"), "test", 100)).build();

        assertEquals(Map.of(
                        "kinerja.measurement.recap-measured", "kinerja.measurement.recap-measured.dlq",
                        "kinerja.archive.recap-archived", "dead-letter-topic-kinerja.archive.recap-archived"),
                DeadLetterMetrics.configuredDeadLetterTopics(config));
    }
}
