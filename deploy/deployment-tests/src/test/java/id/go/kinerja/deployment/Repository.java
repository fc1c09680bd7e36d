package id.go.kinerja.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository's files as the tests read them: paths from the root, YAML and JSON parsed strictly. */
final class Repository {

    static final Path ROOT = findRoot();

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file (merge keys resolved, duplicate keys refused), empty documents left out. */
    static List<Object> yamlDocuments(Path file) {
        List<Object> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(read(file))) {
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    /** The single YAML document of a file, as a map. */
    static Map<String, Object> yaml(String relative) {
        List<Object> documents = yamlDocuments(path(relative));
        if (documents.size() != 1) {
            throw new AssertionError(relative + " should hold one YAML document, has " + documents.size());
        }
        return Yamls.map(documents.get(0), relative);
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(ROOT.relativize(file) + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static JsonNode json(String relative) {
        return json(path(relative));
    }

    /** Regular files below a folder of the repository, in a stable order. */
    static List<Path> filesUnder(String relative) {
        try (Stream<Path> files = Files.walk(path(relative))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return ROOT.relativize(file).toString();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    }

    private static Path findRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.isRegularFile(candidate.resolve("docs/events.md")) && Files.isDirectory(candidate.resolve("deploy"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("Run inside the e-Kinerja repository: no docs/events.md above "
                + Path.of("").toAbsolutePath());
    }
}
