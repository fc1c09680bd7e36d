package id.go.kinerja.collection.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of plan imports and worksheet uploads. */
@ConfigMapping(prefix = "kinerja.import")
public interface ImportConfig {

    /** Files above this size are refused with 413 (keep {@code quarkus.http.limits.max-body-size} above it). */
    @WithDefault("20M")
    MemorySize maxSize();
}
