package id.go.kinerja.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a consumer keeps re-applying an event whose failure was transient before it dead-letters it. */
@ConfigMapping(prefix = "kinerja.consumer.retry")
public interface RetryPolicy {

    /** Wait before the second attempt; doubled after each failure up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** After this long the event goes to the dead-letter topic after all, so one stuck event cannot stop a stream for ever. */
    @WithDefault("2m")
    Duration giveUpAfter();
}
