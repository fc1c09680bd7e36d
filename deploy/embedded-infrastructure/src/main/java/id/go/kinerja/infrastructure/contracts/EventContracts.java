package id.go.kinerja.infrastructure.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event contracts both sides check (docs/events.md, "Contracts"). A producer's test writes an event with its
 * real record and serializer and {@link #assertProduces compares} it with the committed sample
 * {@code docs/events/samples/<name>.json}; each consumer's test {@link #sample reads that same file} with its own
 * reader and checks with {@link #assertEveryFieldRead} that every field it reads arrived. A field renamed on one
 * side so fails a unit test on the other. Run a producer's test with {@code -Dcontracts.write=true} to write the
 * sample anew after a deliberate change, then look at the diff.
 */
public final class EventContracts {

    /** Set to {@code true} to (re)write samples and schemas instead of comparing with them. */
    public static final String WRITE = "contracts.write";

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // compare decimals exactly, 80.00 is not 80.0, and keep them as written
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EventContracts() {
    }

    /** {@code docs/events} of this checkout, found from the module's directory (where Maven runs the tests). */
    public static Path eventsDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path events = dir.resolve("docs").resolve("events");
            if (Files.isDirectory(events.resolve("samples"))) {
                return events;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No docs/events/samples above " + Path.of("").toAbsolutePath());
    }

    /** The committed sample {@code docs/events/samples/<name>.json} as text, e.g. {@code sample("RecapSubmitted")}. */
    public static String sample(String name) {
        return read(samplePath(name));
    }

    /**
     * Fails unless {@code eventJson}, an event as the producer's real code writes it, is the committed sample
     * (compared as JSON: same fields, same values, same order of array elements).
     */
    public static void assertProduces(String name, String eventJson) {
        assertSame(samplePath(name), tree(eventJson));
    }

    static void assertSame(Path file, JsonNode actual) {
        if (Boolean.getBoolean(WRITE)) {
            write(file, actual);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError(file + " does not exist; run the test with -D" + WRITE + "=true to write it");
        }
        JsonNode committed = tree(read(file));
        if (!committed.equals(actual)) {
            throw new AssertionError("The producer no longer writes " + file.getFileName()
                    + ". If the change is deliberate, every consumer must read the new form: run with -D" + WRITE
                    + "=true, then the consumers' contract tests.\ncommitted: " + committed + "\nwritten:   " + actual);
        }
    }

    /**
     * Fails if a component of the reader record (or of the records, lists and maps inside it) is null in every place
     * it occurs after reading a sample: the field the consumer reads is not the one the producer writes.
     * {@code mayBeAbsent} names the paths that the sample does not carry by design, e.g. {@code "items[].result"}.
     */
    public static void assertEveryFieldRead(Object reader, String... mayBeAbsent) {
        Set<String> read = new TreeSet<>();
        Set<String> given = new TreeSet<>();
        walk(reader, "", read, given);
        read.removeAll(given);
        read.removeAll(Set.of(mayBeAbsent));
        if (!read.isEmpty()) {
            throw new AssertionError("The sample gives none of these fields that " + reader.getClass().getSimpleName()
                    + " reads: " + read);
        }
    }

    private static void walk(Object value, String path, Set<String> read, Set<String> given) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                Object field;
                try {
                    component.getAccessor().setAccessible(true);
                    field = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                read.add(child);
                if (field != null) {
                    given.add(child);
                    walk(field, child, read, given);
                }
            }
        } else if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                walk(element, path + "[]", read, given);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object element : map.values()) {
                walk(element, path + "{}", read, given);
            }
        }
    }

    static Path samplePath(String name) {
        return eventsDirectory().resolve("samples").resolve(name + ".json");
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, JsonNode json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
