package id.go.kinerja.platform.deadletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the dead-letter operations read and replay. */
@ConfigMapping(prefix = "kinerja.dead-letters")
public interface DeadLetterConfig {

    /** How much of a message's value the list shows (the whole value can be megabytes). */
    @WithDefault("500")
    int previewBytes();

    /** How long a read or a replay waits for the broker before it answers 503. */
    @WithDefault("10s")
    Duration brokerTimeout();
}
