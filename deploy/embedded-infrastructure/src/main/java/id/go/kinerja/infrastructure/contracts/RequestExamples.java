package id.go.kinerja.infrastructure.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a service's request-body examples ({@code src/main/resources/openapi-examples/<operationId>.json}) against its
 * own OpenAPI document: each names an operation of the document, the document shows it on that operation's JSON body,
 * it has every required property of the body's schema and no property the schema does not declare (the services
 * refuse unknown properties). A service test calls {@link #problems} with {@code /q/openapi?format=json}.
 */
public final class RequestExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestExamples() {
    }

    /** What is wrong with the examples of the directory against the document; empty when nothing is. */
    public static List<String> problems(String openApiJson, Path examples) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            JsonNode document = JSON.readTree(openApiJson);
            List<Path> sorted = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            if (sorted.isEmpty()) {
                problems.add("no examples in " + examples);
            }
            for (Path file : sorted) {
                String operationId = file.getFileName().toString().replace(".json", "");
                JsonNode operation = operation(document, operationId);
                if (operation == null) {
                    problems.add(operationId + ": no operation of the document has this operationId");
                    continue;
                }
                JsonNode example = JSON.readTree(file.toFile());
                JsonNode body = operation.path("requestBody").path("content").path("application/json");
                if (!body.path("examples").path("example").path("value").equals(example)) {
                    problems.add(operationId + ": the document does not show the example on its JSON request body");
                }
                fits(operationId, "", example, body.path("schema"), document, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The examples of the service whose tests run (the working directory is the service's module). */
    public static Path ofThisService() {
        return Path.of("src/main/resources/openapi-examples");
    }

    private static JsonNode operation(JsonNode document, String operationId) {
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                if (operationId.equals(operation.path("operationId").asText(null))) {
                    return operation;
                }
            }
        }
        return null;
    }

    private static void fits(String operationId, String pointer, JsonNode value, JsonNode declared, JsonNode document,
                             List<String> problems) {
        JsonNode schema = resolve(declared, document);
        if (schema == null || !value.isObject() || !schema.has("properties")) {
            if (value.isArray() && schema != null && schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    fits(operationId, pointer + "/" + i, value.get(i), schema.get("items"), document, problems);
                }
            }
            return;
        }
        JsonNode properties = schema.get("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(operationId + ": " + pointer + "/" + required.asText() + " is required but missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!properties.has(field.getKey())) {
                problems.add(operationId + ": " + pointer + "/" + field.getKey() + " is not a property of the body");
            } else {
                fits(operationId, pointer + "/" + field.getKey(), field.getValue(), properties.get(field.getKey()),
                        document, problems);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode resolved = schema;
        while (resolved != null && resolved.has("$ref")) {
            String name = resolved.get("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").get(name);
        }
        if (resolved != null && resolved.has("allOf")) {
            for (JsonNode part : resolved.get("allOf")) {
                JsonNode candidate = resolve(part, document);
                if (candidate != null && candidate.has("properties")) {
                    return candidate;
                }
            }
        }
        return resolved;
    }
}
