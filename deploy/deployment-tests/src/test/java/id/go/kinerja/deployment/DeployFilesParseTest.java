package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every YAML and JSON file of the deployment parses: a broken file is found here, not during an outage. */
class DeployFilesParseTest {

    static final List<String> FOLDERS = List.of("deploy/compose", "deploy/kubernetes", "deploy/observability",
            "deploy/identity");

    @TestFactory
    Stream<DynamicTest> everyYamlFileParsesWithoutDuplicateKeys() {
        return files(".yaml", ".yml").map(file -> DynamicTest.dynamicTest(Repository.relative(file), () ->
                assertFalse(Repository.yamlDocuments(file).isEmpty(), Repository.relative(file) + " is empty")));
    }

    @TestFactory
    Stream<DynamicTest> everyJsonFileParsesWithoutDuplicateKeys() {
        return files(".json").map(file -> DynamicTest.dynamicTest(Repository.relative(file), () ->
                assertTrue(Repository.json(file).isObject(), Repository.relative(file) + " is not a JSON object")));
    }

    @Test
    void theDeploymentHasFilesOfEachKind() {
        List<String> found = new ArrayList<>();
        files(".yaml", ".yml", ".json").forEach(file -> found.add(Repository.relative(file)));
        for (String folder : FOLDERS) {
            assertTrue(found.stream().anyMatch(file -> file.startsWith(folder + "/")), "no YAML or JSON in " + folder);
        }
    }

    private static Stream<Path> files(String... extensions) {
        return FOLDERS.stream().flatMap(folder -> Repository.filesUnder(folder).stream())
                .filter(file -> Stream.of(extensions).anyMatch(extension -> file.toString().endsWith(extension)));
    }
}
