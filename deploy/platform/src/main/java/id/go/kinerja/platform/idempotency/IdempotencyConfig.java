package id.go.kinerja.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an Idempotency-Key and its answer are kept (docs/api-guide.md, "Concurrency and retries"). */
@ConfigMapping(prefix = "kinerja.idempotency")
public interface IdempotencyConfig {

    /** After this, the key may be used again for a new request and its answer is gone. */
    @WithDefault("24H")
    Duration retention();
}
