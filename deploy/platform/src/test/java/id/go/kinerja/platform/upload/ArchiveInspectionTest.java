package id.go.kinerja.platform.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveInspectionTest {

    private static final int MIB = 1 << 20;

    @TempDir
    Path directory;

    private final ArchiveInspection inspection = new ArchiveInspection(limits(8 * MIB, 100, 10));

    @Test
    void anOrdinaryPackageIsInflatedAndItsEntriesNamed() throws IOException {
        Path file = zip("ok.zip", List.of("[Content_Types].xml", "xl/workbook.xml"), 4096, false);

        assertEquals(List.of("[Content_Types].xml", "xl/workbook.xml"), inspection.entries(file));
    }

    @Test
    void anEntryThatInflatesAThousandfoldIsRefusedLongBeforeItEnds() throws IOException {
        Path bomb = zip("bomb.zip", List.of("word/document.xml"), 64 * MIB, false);
        assertTrue(Files.size(bomb) < 128 * 1024, "small on disk: " + Files.size(bomb));

        UnsafeArchive refused = assertThrows(UnsafeArchive.class, () -> inspection.entries(bomb));
        assertEquals(413, refused.status());
        assertTrue(refused.getMessage().contains("more than 100 times"), refused.getMessage());
    }

    @Test
    void entriesOfModestRatioThatTogetherInflateBeyondTheLimitAreRefused() throws IOException {
        Path many = zip("many.zip", List.of("a", "b", "c"), 3 * MIB, true);

        UnsafeArchive refused = assertThrows(UnsafeArchive.class, () -> inspection.entries(many));
        assertEquals(8L * MIB, refused.context().get("maxInflatedBytes"));
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsInflated() throws IOException {
        List<String> names = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "part" + i).toList();
        Path crowded = zip("crowded.zip", names, 10, false);

        UnsafeArchive refused = assertThrows(UnsafeArchive.class, () -> inspection.entries(crowded));
        assertEquals(10, refused.context().get("maxEntries"));
    }

    @Test
    void aFileThatIsNoZipIsUnreadable() throws IOException {
        Path text = Files.writeString(directory.resolve("text.xlsx"), "not a zip");

        assertThrows(IOException.class, () -> inspection.entries(text));
    }

    /** Entries of {@code size} bytes each: zeros, or random bytes (which do not compress). */
    private Path zip(String name, List<String> entries, int size, boolean random) throws IOException {
        Path file = directory.resolve(name);
        Random bytes = new Random(13);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] chunk = new byte[MIB];
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                for (int written = 0; written < size; written += chunk.length) {
                    if (random) {
                        bytes.nextBytes(chunk);
                    }
                    zip.write(chunk, 0, Math.min(chunk.length, size - written));
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    private static ArchiveLimits limits(long maxInflated, int maxRatio, int maxEntries) {
        return new ArchiveLimits() {
            @Override
            public MemorySize maxInflatedSize() {
                return new MemorySize(BigInteger.valueOf(maxInflated));
            }

            @Override
            public int maxRatio() {
                return maxRatio;
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }
        };
    }
}
