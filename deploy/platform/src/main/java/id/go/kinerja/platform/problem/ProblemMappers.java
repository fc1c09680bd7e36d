package id.go.kinerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every expected failure into an application/problem+json answer (DESIGN.md §5). */
public class ProblemMappers {

    private static final String TYPE_BASE = "https://kinerja.go.id/problems/";

    @ServerExceptionMapper
    public Response domain(DomainProblem problem) {
        List<Problem.FieldError> errors = problem instanceof InvalidInput invalid ? invalid.errors() : List.of();
        return respond(problem.status(), problem.title(), problem.getMessage(), errors, problem.context());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(400, "Invalid input", errors.size() + " field(s) are invalid", errors, Map.of());
    }

    // Quarkus maps MismatchedInputException (wrong type, unknown property, bad enum) with its own, more
    // specific mapper; naming the type here makes ours win, so every unreadable body is problem+json.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception) {
        return unreadableJson(exception);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception) {
        String field = exception instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message;
        if (exception instanceof UnrecognizedPropertyException unknown) {
            field = pathOf(unknown);
            message = "unknown property '" + unknown.getPropertyName() + "'";
        } else if (exception instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
        } else if (exception instanceof JsonMappingException) {
            message = "has the wrong type or shape";
        } else {
            message = "the body is not valid JSON";
        }
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message));
        return respond(400, "Unreadable request body", (field.isEmpty() ? "body" : field) + ": " + message, errors, Map.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(Exception exception) {
        return Response.fromResponse(respond(401, "Unauthorized",
                        "A valid bearer token is required", List.of(), Map.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return respond(403, "Forbidden", "Your role may not do this", List.of(), Map.of());
    }

    // two requests racing to create the same thing (e.g. one round per period): the database's unique
    // constraint decides, and the loser hears that it already exists rather than a 500
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException exception) {
        return respond(409, "Conflict with the current state",
                "This already exists or conflicts with an existing record; reload and try again", List.of(), Map.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleVersion(Exception exception) {
        return respond(409, "Conflict with the current state",
                "Somebody changed this record since you read it; reload and try again", List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() >= 500) {
            return original;
        }
        String detail = exception.getMessage() == null ? original.getStatusInfo().getReasonPhrase() : exception.getMessage();
        return respond(original.getStatus(), original.getStatusInfo().getReasonPhrase(), detail, List.of(), Map.of(),
                original);
    }

    private static Response respond(int status, String title, String detail, List<Problem.FieldError> errors,
                                    Map<String, Object> context) {
        return respond(status, title, detail, errors, context, null);
    }

    private static Response respond(int status, String title, String detail, List<Problem.FieldError> errors,
                                    Map<String, Object> context, Response original) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Problem body = new Problem(TYPE_BASE + slug, title, status, detail, errors, context);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (original != null) {
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
        }
        return builder.build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "submit.request.items[0].value" -> "items[0].value": drop the method and parameter names
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
