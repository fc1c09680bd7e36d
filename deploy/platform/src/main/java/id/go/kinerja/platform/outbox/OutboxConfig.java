package id.go.kinerja.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "kinerja.outbox")
public interface OutboxConfig {

    /** Events claimed and published per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it retries later. */
    @WithDefault("30s")
    Duration sendTimeout();
}
