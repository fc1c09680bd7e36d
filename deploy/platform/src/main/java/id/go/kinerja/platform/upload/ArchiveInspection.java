package id.go.kinerja.platform.upload;

import id.go.kinerja.platform.problem.PlatformProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The one check every uploaded Office document (XLSX, DOCX: ZIP packages) passes before anything parses it: its
 * entries are inflated into nothing, counting, and the file is refused (413) as soon as one entry inflates more than
 * {@link ArchiveLimits#maxRatio()} times its compressed size, all together more than
 * {@link ArchiveLimits#maxInflatedSize()}, or there are more than {@link ArchiveLimits#maxEntries()} entries. The sizes
 * an archive declares are not trusted: the bytes are counted as they come out of the inflater, so a bomb costs the
 * service at most the inflated limit in CPU and a 64 KiB buffer in memory.
 */
@ApplicationScoped
public class ArchiveInspection {

    /** Entries smaller than this, inflated, are never refused for their ratio (tiny XML parts compress very well). */
    private static final long RATIO_GRACE = 1 << 20;

    @Inject
    ArchiveLimits limits;

    public ArchiveInspection() {
    }

    /** For code without CDI, e.g. a unit test. */
    public ArchiveInspection(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * The entry names of the ZIP file, once it has been inflated within the limits.
     *
     * @throws UnsafeArchive when it would inflate beyond them
     * @throws IOException   when it is no readable ZIP file
     */
    public List<String> entries(Path file) throws IOException {
        long maxTotal = limits.maxInflatedSize().asLongValue();
        List<String> names = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new UnsafeArchive(PlatformProblem.text("archive.entries", zip.size(), limits.maxEntries()),
                        Map.of("maxEntries", limits.maxEntries()));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        inflated += n;
                        total += n;
                        if (total > maxTotal) {
                            throw new UnsafeArchive(PlatformProblem.text("archive.inflated", maxTotal),
                                    Map.of("maxInflatedBytes", maxTotal));
                        }
                        if (inflated > RATIO_GRACE && inflated > compressed * limits.maxRatio()) {
                            throw new UnsafeArchive(PlatformProblem.text("archive.ratio", limits.maxRatio()),
                                    Map.of("maxRatio", limits.maxRatio()));
                        }
                    }
                }
            }
        }
        return names;
    }
}
