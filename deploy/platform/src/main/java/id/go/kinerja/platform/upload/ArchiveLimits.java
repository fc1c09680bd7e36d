package id.go.kinerja.platform.upload;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What an uploaded ZIP package (XLSX, DOCX) may inflate to before any of it is parsed ({@link ArchiveInspection}). */
@ConfigMapping(prefix = "kinerja.upload.archive")
public interface ArchiveLimits {

    /** All entries together, inflated; a worksheet at the row limit is about a tenth of it. */
    @WithDefault("200M")
    MemorySize maxInflatedSize();

    /** An entry that inflates to more than this many times its compressed size (past its first MiB) is a bomb. */
    @WithDefault("100")
    int maxRatio();

    /** Entries of the package; a workbook or document has tens, one with many images a few hundred. */
    @WithDefault("1000")
    int maxEntries();
}
