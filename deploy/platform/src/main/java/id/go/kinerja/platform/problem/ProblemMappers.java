package id.go.kinerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.StrictJson;
import id.go.kinerja.platform.failure.InfrastructureFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an application/problem+json answer (docs/api-guide.md): the expected ones with what the caller
 * can do about them, a database outage as 503 with Retry-After, anything else as a 500 carrying the error id it is
 * logged under (never a stack trace). Refusals made before a request reaches JAX-RS: {@link HttpLayerProblems}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://kinerja.go.id/problems/";
    /** Seconds a client should wait before trying again during an outage: about one connection acquisition timeout. */
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String OUTAGE_DETAIL = "The service cannot reach its database at the moment and nothing was "
            + "changed; try again in a few seconds";
    private static final String DEFECT_DETAIL = "Something went wrong on our side and nothing was changed; "
            + "quote this error id when reporting it: ";

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    HttpServerRequest request;

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
        } else if (exception instanceof StrictJson.UnstorableText unstorable) {
            message = unstorable.getOriginalMessage();
        } else if (exception instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
        } else if (exception instanceof MismatchedInputException && field.isEmpty()) {
            message = "must be one JSON document of the expected shape, with nothing after it";
        } else if (exception instanceof JsonMappingException) {
            message = "has the wrong type or shape";
        } else {
            // the parser's own words say where and why (e.g. "Duplicate field 'name'"), without the value
            message = "the body is not valid JSON: " + exception.getOriginalMessage();
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

    // JAX-RS picks the method by media type before the endpoint's role check authenticates: a request without a
    // valid token must hear 401, not that it asked for the wrong format
    @ServerExceptionMapper({NotAcceptableException.class, NotSupportedException.class})
    public Uni<Response> mediaType(WebApplicationException exception) {
        return identity.getDeferredIdentity()
                .map(caller -> caller.isAnonymous() ? unauthenticated(exception) : web(exception))
                .onFailure().recoverWithItem(() -> unauthenticated(exception));
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

    // the version was checked against If-Match, and somebody committed a change between that check and this write
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleVersion(Exception exception) {
        if (request.getHeader(IfMatch.HEADER) != null) {
            return domain(new PreconditionFailed("Somebody changed this record while you saved it; read it again "
                    + "and repeat your change on the current version"));
        }
        return respond(409, "Conflict with the current state",
                "Somebody changed this record since you read it; reload and try again", List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception) {
        // Quarkus's JSON reader wraps what the parser refused (a duplicate key, broken syntax) in a plain 400
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        Response original = exception.getResponse();
        if (original.getStatus() >= 500) {
            return unexpected(exception);
        }
        String detail = exception.getMessage() == null ? original.getStatusInfo().getReasonPhrase() : exception.getMessage();
        return respond(original.getStatus(), original.getStatusInfo().getReasonPhrase(), detail, List.of(), Map.of(),
                original);
    }

    /** Anything no other mapper knows: an outage (503, try again) or a defect (500, logged under an error id). */
    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        // a refusal the mappers above know can arrive wrapped, e.g. a unique constraint that fails at commit inside
        // ArcUndeclaredThrowableException and RollbackException: it is answered as itself, not as a defect
        Response expected = expectedCauseOf(failure);
        if (expected != null) {
            return expected;
        }
        if (InfrastructureFailures.isOutage(failure)) {
            LOG.warnf("The database is unavailable, answered 503: %s", failure.toString());
            return Response.fromResponse(respond(503, "Service Unavailable", OUTAGE_DETAIL, List.of(), Map.of()))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, error id %s", errorId);
        Problem body = problem(500, "Internal Server Error", DEFECT_DETAIL + errorId, List.of(), Map.of(), errorId);
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The answer for the first cause of {@code failure} that one of the mappers above maps, or null. */
    private Response expectedCauseOf(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof DomainProblem problem) {
                return domain(problem);
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return validation(invalid);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException conflict) {
                return duplicate(conflict);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return staleVersion((Exception) cause);
            }
        }
        return null;
    }

    /** The problem+json body every refusal carries, its type derived from its title. */
    static Problem problem(int status, String title, String detail, List<Problem.FieldError> errors,
                           Map<String, Object> context, String errorId) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new Problem(TYPE_BASE + slug, title, status, detail, errors, context, errorId);
    }

    private static Response respond(int status, String title, String detail, List<Problem.FieldError> errors,
                                    Map<String, Object> context) {
        return respond(status, title, detail, errors, context, null);
    }

    private static Response respond(int status, String title, String detail, List<Problem.FieldError> errors,
                                    Map<String, Object> context, Response original) {
        Problem body = problem(status, title, detail, errors, context, null);
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
