package id.go.kinerja.systemtest.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.systemtest.SystemUnderTest;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of every service, read from the services' own OpenAPI documents ({@code /q/openapi}): a new
 * endpoint joins every check of the suite without anyone editing it.
 */
final class ApiCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** One operation: method and path template, its parameters, the bodies it reads and the types it answers. */
    record Operation(Service service, String method, String path, List<Parameter> parameters,
                     Map<String, JsonNode> requestBodies, Set<String> answers) {

        boolean hasJsonBody() {
            return requestBodies.containsKey("application/json");
        }

        boolean answersCsv() {
            return answers.contains("text/csv");
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    private final List<Operation> operations;
    private final Map<Service, JsonNode> documents;

    private ApiCatalogue(List<Operation> operations, Map<Service, JsonNode> documents) {
        this.operations = operations;
        this.documents = documents;
    }

    static ApiCatalogue read(SystemUnderTest.Running system, Probe probe) {
        List<Operation> operations = new ArrayList<>();
        Map<Service, JsonNode> documents = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            Probe.Answer answer = probe.send("OpenAPI documents",
                    Probe.Call.of("GET", system.baseUrl(service) + "/q/openapi?format=json").header("Accept", "application/json"));
            if (answer.status() != 200) {
                throw new IllegalStateException(service + " serves no OpenAPI document: " + answer.describe());
            }
            JsonNode document = parse(answer.body());
            documents.put(service, document);
            document.path("paths").fields().forEachRemaining(path -> {
                for (String method : METHODS) {
                    JsonNode operation = path.getValue().get(method);
                    if (operation != null) {
                        operations.add(operation(service, method.toUpperCase(), path.getKey(), path.getValue(),
                                operation, document));
                    }
                }
            });
        }
        return new ApiCatalogue(List.copyOf(operations), documents);
    }

    List<Operation> operations() {
        return operations;
    }

    /** A body the operation would take: every property filled from the schema's examples, enums and formats. */
    /** The service's OpenAPI document as served. */
    JsonNode document(Service service) {
        return documents.get(service);
    }

    /** The operation's own object in its service's document (operationId, security, responses, ...). */
    JsonNode definition(Operation operation) {
        return document(operation.service()).path("paths").path(operation.path()).path(operation.method().toLowerCase());
    }

    JsonNode sampleBody(Operation operation) {
        return sample(operation.requestBodies().get("application/json"), documents.get(operation.service()), 0);
    }

    private static Operation operation(Service service, String method, String path, JsonNode pathItem,
                                       JsonNode operation, JsonNode document) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode declared : concat(pathItem.path("parameters"), operation.path("parameters"))) {
            JsonNode parameter = resolve(declared, document);
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"), document)));
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        resolve(operation.path("requestBody"), document).path("content").fields()
                .forEachRemaining(content -> bodies.put(content.getKey(), content.getValue().path("schema")));
        Set<String> answers = new LinkedHashSet<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                resolve(response.getValue(), document).path("content").fieldNames().forEachRemaining(answers::add);
            }
        });
        return new Operation(service, method, path, List.copyOf(parameters), bodies, answers);
    }

    private static JsonNode sample(JsonNode declared, JsonNode document, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode schema = resolve(declared, document);
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return nodes.nullNode();
        }
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combination)) {
                ObjectNode merged = nodes.objectNode();
                for (JsonNode part : schema.get(combination)) {
                    JsonNode sample = sample(part, document, depth + 1);
                    if (!sample.isObject()) {
                        return sample;
                    }
                    merged.setAll((ObjectNode) sample);
                    if (!combination.equals("allOf")) {
                        break;
                    }
                }
                return merged;
            }
        }
        if (schema.has("example") && !schema.get("example").isNull()) {
            return typed(schema.get("example"), type(schema));
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return typed(schema.get("examples").get(0), type(schema));
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                if (!value.isNull()) {
                    return value;
                }
            }
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                schema.path("properties").fields().forEachRemaining(property ->
                        object.set(property.getKey(), sample(property.getValue(), document, depth + 1)));
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(sample(schema.path("items"), document, depth + 1));
                return array;
            }
            case "integer" -> {
                return nodes.numberNode(schema.path("minimum").asInt(1));
            }
            case "number" -> {
                return nodes.numberNode(schema.path("minimum").asInt(1));
            }
            case "boolean" -> {
                return nodes.booleanNode(false);
            }
            case "string" -> {
                return nodes.textNode(switch (schema.path("format").asText()) {
                    case "date" -> "2025-04-02";
                    case "date-time" -> "2025-04-02T08:00:00Z";
                    case "uuid" -> "3f1c2a9e-7b4d-4c1e-9a65-2f0d8c7b5e10";
                    default -> "Contoh isian";
                });
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    /** An example as the schema's type: annotations give every example as text, also a number's. */
    private static JsonNode typed(JsonNode example, String type) {
        if (!example.isTextual()) {
            return example;
        }
        try {
            return switch (type) {
                case "integer", "number" -> JsonNodeFactory.instance.numberNode(new BigDecimal(example.asText()));
                case "boolean" -> JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(example.asText()));
                case "object", "array" -> parse(example.asText().getBytes(StandardCharsets.UTF_8));
                default -> example;
            };
        } catch (RuntimeException notOfItsType) {
            return example;
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asText().equals("null")) {
                    return candidate.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "";
    }

    private static JsonNode resolve(JsonNode node, JsonNode document) {
        JsonNode resolved = node;
        while (resolved != null && resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        for (Iterator<JsonNode> nodes = first.elements(); nodes.hasNext(); ) {
            all.add(nodes.next());
        }
        for (Iterator<JsonNode> nodes = second.elements(); nodes.hasNext(); ) {
            all.add(nodes.next());
        }
        return all;
    }

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
