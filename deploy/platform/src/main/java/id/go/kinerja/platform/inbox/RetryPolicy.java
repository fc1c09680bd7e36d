package id.go.kinerja.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How a consumer waits between attempts at an event whose failure was transient. There is no deadline: an event
 * the database could not take now is tried until the database takes it (or the service stops, and the event is
 * delivered again after the restart), because dead-lettering it would lose a good event's effect.
 */
@ConfigMapping(prefix = "kinerja.consumer.retry")
public interface RetryPolicy {

    /** Wait before the second attempt; doubled after each failure up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** The longest wait between two attempts; also how often a stalled consumer logs a warning. */
    @WithDefault("15s")
    Duration maxBackoff();
}
