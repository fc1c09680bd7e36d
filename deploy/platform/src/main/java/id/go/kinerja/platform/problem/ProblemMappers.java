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
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an application/problem+json answer (docs/api-guide.md): the expected ones with what the caller
 * can do about them, a database outage as 503 with Retry-After, anything else as a 500 carrying the error id it is
 * logged under (never a stack trace). Refusals made before a request reaches JAX-RS: {@link HttpLayerProblems}.
 *
 * <p>Every answer carries the {@link ProblemCode} of its cause, and its title, detail and field messages in the
 * language of the request's {@code Accept-Language} ({@link Languages}; {@code kinerja.problems.default-language} when
 * it names neither Indonesian nor English).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a client should wait before trying again during an outage: about one connection acquisition timeout. */
    private static final String RETRY_AFTER_SECONDS = "5";
    /** A service's own names for what its endpoints do, e.g. "memverifikasi entri", keyed {@code Resource.method}. */
    private static final String ACTIONS_BUNDLE = "problems.actions";

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    HttpServerRequest request;

    @ServerExceptionMapper
    public Response domain(DomainProblem problem) {
        Locale language = language();
        List<Problem.FieldError> errors = problem instanceof InvalidInput invalid ? invalid.errors() : List.of();
        return respond(problem.code(), problem.status(), problem.title(language), problem.detail(language),
                errors, problem.context(), null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> ConstraintMessages.fieldError(fieldOf(violation), violation))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return domain(new InvalidInput(errors));
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
        Object message;
        if (exception instanceof UnrecognizedPropertyException unknown) {
            field = pathOf(unknown);
            message = PlatformProblem.text("json.unknownProperty", unknown.getPropertyName());
        } else if (exception instanceof StrictJson.UnstorableText) {
            message = PlatformProblem.text("json.unstorable");
        } else if (exception instanceof InvalidFormatException format) {
            message = PlatformProblem.text("json.invalidValue", format.getValue(), format.getTargetType().getSimpleName());
        } else if (exception instanceof MismatchedInputException && field.isEmpty()) {
            message = PlatformProblem.text("json.oneDocument");
        } else if (exception instanceof JsonMappingException) {
            message = PlatformProblem.text("json.wrongShape");
        } else {
            // the parser's own words say where and why (e.g. "Duplicate field 'name'"), without the value
            message = PlatformProblem.text("json.notJson", exception.getOriginalMessage());
        }
        String where = field.isEmpty() ? "body" : field;
        Problem.FieldError error = message instanceof Message text ? new Problem.FieldError(where, text)
                : new Problem.FieldError(where, (String) message);
        Locale language = language();
        return respond(PlatformProblem.BODY_UNREADABLE, 400, PlatformProblem.BODY_UNREADABLE.title(language),
                PlatformProblem.BODY_UNREADABLE.detail(language, where, error.text()), List.of(error), Map.of(), null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(Exception exception) {
        return Response.fromResponse(respond(PlatformProblem.UNAUTHENTICATED))
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

    /** The role check of an endpoint refused the caller: the answer names the roles that may (its @RolesAllowed). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, ResourceInfo resource) {
        Locale language = language();
        Method method = resource == null ? null : resource.getResourceMethod();
        List<String> allowed = allowedRoles(method, resource == null ? null : resource.getResourceClass());
        if (allowed.isEmpty()) {
            return respond(PlatformProblem.ACCESS_DENIED);
        }
        List<String> names = allowed.stream()
                .map(role -> Message.exists(PlatformProblem.BUNDLE, "role." + role)
                        ? PlatformProblem.text("role", role, PlatformProblem.text("role." + role)).in(language) : role)
                .toList();
        String last = names.get(names.size() - 1);
        String roles = names.size() == 1 ? last : String.join(", ", names.subList(0, names.size() - 1))
                + PlatformProblem.text("role.or").in(language) + last;
        String detail = PlatformProblem.ROLE_NOT_ALLOWED.detail(language, roles, action(method, language));
        return respond(PlatformProblem.ROLE_NOT_ALLOWED, 403, PlatformProblem.ROLE_NOT_ALLOWED.title(language), detail,
                List.of(), Map.of("allowedRoles", allowed), null);
    }

    // two requests racing to create the same thing (e.g. one round per period): the database's unique
    // constraint decides, and the loser hears that it already exists rather than a 500
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException exception) {
        return respond(PlatformProblem.ALREADY_EXISTS);
    }

    // the version was checked against If-Match, and somebody committed a change between that check and this write
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleVersion(Exception exception) {
        if (request.getHeader(IfMatch.HEADER) != null) {
            return domain(new PreconditionFailed(Map.of()));
        }
        return respond(PlatformProblem.CONCURRENT_CHANGE);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception) {
        // Quarkus's JSON reader wraps what the parser refused (a duplicate key, broken syntax) in a plain 400
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        if (exception.getCause() instanceof DomainProblem problem) {
            return domain(problem);
        }
        Response original = exception.getResponse();
        if (original.getStatus() >= 500) {
            return unexpected(exception);
        }
        PlatformProblem code = PlatformProblem.ofStatus(original.getStatus());
        Locale language = language();
        return respond(code, original.getStatus(), code.title(language),
                code.detail(language, original.getStatusInfo().getReasonPhrase()), List.of(), Map.of(), original);
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
            return Response.fromResponse(respond(PlatformProblem.SERVICE_UNAVAILABLE))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, error id %s", errorId);
        Locale language = language();
        Problem body = problem(PlatformProblem.INTERNAL_ERROR, 500, PlatformProblem.INTERNAL_ERROR.title(language),
                PlatformProblem.INTERNAL_ERROR.detail(language, errorId), List.of(), Map.of(), errorId, language);
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

    /** The language of the current request's problems. */
    private static Locale language() {
        return Languages.ofThisRequest();
    }

    /** The problem+json body of a refusal, its field messages put into {@code language}. */
    static Problem problem(ProblemCode code, int status, String title, String detail, List<Problem.FieldError> errors,
                           Map<String, Object> context, String errorId, Locale language) {
        List<Problem.FieldError> worded = errors.stream().map(error -> error.in(language)).toList();
        return Problem.of(code, status, title, detail, worded, context, errorId);
    }

    /** The answer for a code whose detail takes no arguments. */
    private Response respond(PlatformProblem code) {
        Locale language = language();
        return respond(code, code.status(), code.title(language), code.detail(language), List.of(), Map.of(), null);
    }

    private Response respond(ProblemCode code, int status, String title, String detail, List<Problem.FieldError> errors,
                             Map<String, Object> context, Response original) {
        Problem body = problem(code, status, title, detail, errors, context, null, language());
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

    /** The roles of the endpoint's {@code @RolesAllowed} (on the method, else on its class), in their order. */
    static List<String> allowedRoles(Method method, Class<?> resourceClass) {
        RolesAllowed roles = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (roles == null && resourceClass != null) {
            roles = resourceClass.getAnnotation(RolesAllowed.class);
        }
        return roles == null ? List.of() : Arrays.asList(roles.value());
    }

    /** What the endpoint does, in the service's words ({@code problems/actions.properties}), or a general phrase. */
    private static String action(Method method, Locale language) {
        if (method != null) {
            String key = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            try {
                if (Message.exists(ACTIONS_BUNDLE, key)) {
                    return Message.of(ACTIONS_BUNDLE, key).in(language);
                }
            } catch (MissingResourceException noBundle) {
                // a service without named actions: the general phrase below
            }
        }
        return PlatformProblem.text("action.general").in(language);
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
