package id.go.kinerja.platform.api;

import id.go.kinerja.platform.idempotency.IdempotentInterceptor;
import id.go.kinerja.platform.idempotency.StoredAnswer;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the conditional and repeatable writes on every operation, the same way everywhere (docs/api-guide.md,
 * "Concurrency and retries"): an operation with an {@code If-Match} parameter answers 412 and 428 and its success
 * carries the new {@code ETag}; one marked {@code x-idempotent} takes an {@code Idempotency-Key}; a success whose
 * body is one versioned record (a schema with {@code version}) carries its {@code ETag}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ConditionalRequestsOpenApi implements OASFilter {

    /** Marks an operation as taking an Idempotency-Key: {@code @Extension(name = IDEMPOTENT, value = "true")}. */
    public static final String IDEMPOTENT = "x-idempotent";

    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenAPI document;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        document = openAPI;
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                document(operation);
            }
        }
    }

    private void document(Operation operation) {
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                        && IfMatch.HEADER.equalsIgnoreCase(parameter.getName()));
        boolean idempotent = operation.getExtensions() != null && operation.getExtensions().containsKey(IDEMPOTENT);
        if (idempotent) {
            operation.removeExtension(IDEMPOTENT);
            operation.addParameter(OASFactory.createParameter().name(IdempotentInterceptor.HEADER)
                    .in(Parameter.In.HEADER).required(false)
                    .description("Any 1-200 visible ASCII characters, a new one (e.g. a UUID) per intended write. "
                            + "Sent again with the same request by the same caller within the retention (24 hours), "
                            + "the first answer is replayed (Idempotent-Replayed: true) and nothing happens twice; "
                            + "with a different request: 409")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("[\\x21-\\x7E]{1,200}"))
                    .example("7c0e4f7e-5d0b-4a44-9b1e-2f3a1c9d8e10"));
            problem(operation, "409", "The Idempotency-Key was used for a different request");
        }
        if (ifMatch) {
            problem(operation, "412", "If-Match names another version than the current one (somebody changed it "
                    + "since you read it); nothing was changed");
            problem(operation, "428", "If-Match is missing on an edit of an existing record");
        }
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2")) {
                return;
            }
            if (ifMatch || versioned(response)) {
                response.addHeader("ETag", OASFactory.createHeader()
                        .description("The record's version, in quotes, e.g. \"3\": send it as If-Match to change it")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
            if (idempotent) {
                response.addHeader(StoredAnswer.REPLAYED_HEADER, OASFactory.createHeader()
                        .description("true: the stored answer of an earlier request with the same Idempotency-Key")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
            }
        });
    }

    private static void problem(Operation operation, String code, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse existing = operation.getResponses().getAPIResponse(code);
        if (existing != null) {
            if (existing.getDescription() == null || !existing.getDescription().contains(description)) {
                existing.setDescription((existing.getDescription() == null ? "" : existing.getDescription() + "; ")
                        + description);
            }
            return;
        }
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(content));
    }

    /** A body of one record with a version: its schema (or the schema it refers to) has a version property. */
    private boolean versioned(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        return response.getContent().getMediaTypes().values().stream()
                .map(media -> media.getSchema())
                .map(this::resolved)
                .anyMatch(schema -> schema.flatMap(found -> Optional.ofNullable(found.getProperties()))
                        .map(properties -> properties.containsKey("version")).orElse(false));
    }

    private Optional<Schema> resolved(Schema schema) {
        if (schema == null) {
            return Optional.empty();
        }
        if (schema.getRef() == null) {
            return Optional.of(schema);
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        Map<String, Schema> schemas = document.getComponents() == null ? null : document.getComponents().getSchemas();
        return Optional.ofNullable(schemas == null ? null : schemas.get(name));
    }
}
