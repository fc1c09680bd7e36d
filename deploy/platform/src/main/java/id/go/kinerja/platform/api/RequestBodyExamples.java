package id.go.kinerja.platform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Puts a worked example on the JSON request body of the main flows' operations: the example of operation
 * {@code openRound} is the service's resource {@code openapi-examples/openRound.json}. Each service's
 * {@code OpenApiExamplesTest} checks that its examples are shown and fit their bodies (every required property, no
 * undeclared one). Swagger UI and generated clients show them; a file of its own keeps the resources readable. Runs
 * when the service is built, like {@link ConditionalRequestsOpenApi}, for every service that uses the platform.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequestBodyExamples implements OASFilter {

    /** Where a service keeps its examples, one file per operationId. */
    public static final String DIRECTORY = "openapi-examples/";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getOperationId() == null || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null) {
            return operation;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        Object example = example(operation.getOperationId());
        if (json != null && example != null) {
            json.addExample("example", OASFactory.createExample()
                    .summary("A body this service accepts")
                    .value(example));
        }
        return operation;
    }

    private static Object example(String operationId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream file = loader.getResourceAsStream(DIRECTORY + operationId + ".json")) {
            return file == null ? null : JSON.readValue(file, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The example of " + operationId + " is not JSON", e);
        }
    }
}
