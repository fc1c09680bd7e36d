package id.go.kinerja.systemtest.security;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import java.util.HashMap;
import java.util.Map;

/**
 * What a client generator needs from every operation the OpenAPI documents list: an {@code operationId}, unique in
 * its service's document (it becomes the generated method's name), and a security requirement (the operation refuses
 * a request without a token, so the document must say it wants one: a generated client then sends it).
 */
final class ApiConventions {

    private static final String CHECK = "OpenAPI conventions";

    private final Suite suite;

    ApiConventions(Suite suite) {
        this.suite = suite;
    }

    void run() {
        Map<Service, Map<String, String>> operationIds = new HashMap<>();
        for (ApiCatalogue.Operation operation : suite.operations()) {
            JsonNode definition = suite.requests().catalogue().definition(operation);
            String operationId = definition.path("operationId").asText("");
            if (operationId.isBlank()) {
                suite.violation(CHECK, operation + " has no operationId");
            } else {
                String earlier = operationIds.computeIfAbsent(operation.service(), service -> new HashMap<>())
                        .putIfAbsent(operationId, operation.toString());
                if (earlier != null) {
                    suite.violation(CHECK, operation + " repeats the operationId " + operationId + " of " + earlier);
                }
            }
            JsonNode security = definition.has("security") ? definition.get("security")
                    : suite.requests().catalogue().document(operation.service()).path("security");
            if (!security.isArray() || security.isEmpty()) {
                suite.violation(CHECK, operation + " declares no security requirement, but refuses a request without a token");
            }
            JsonNode schemes = suite.requests().catalogue().document(operation.service())
                    .path("components").path("securitySchemes");
            security.forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme -> {
                if (!schemes.has(scheme)) {
                    suite.violation(CHECK, operation + " requires the security scheme " + scheme
                            + ", which the document does not define");
                }
            }));
        }
    }
}
