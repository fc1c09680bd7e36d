package id.go.kinerja.collection.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of evidence uploads. */
@ConfigMapping(prefix = "kinerja.evidence")
public interface EvidenceConfig {

    /** Files above this size are refused with 413 (keep {@code quarkus.http.limits.max-body-size} above it). */
    @WithDefault("10M")
    MemorySize maxSize();

    /** Files one entry may have; one more is refused with 409 until one is removed. */
    @WithDefault("20")
    int maxPerEntry();
}
