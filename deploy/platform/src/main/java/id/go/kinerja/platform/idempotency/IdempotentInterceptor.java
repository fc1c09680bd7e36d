package id.go.kinerja.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.Versioned;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Runs an {@link Idempotent} write sent with an {@code Idempotency-Key} at most once per key: the key is claimed and
 * the answer stored in one transaction with the write's own effect ({@link IdempotencyStore}); the same request
 * again answers the stored answer (header {@code Idempotent-Replayed: true}), another request under the same key is
 * refused (409). Without the header the write runs as it always does.
 */
@Idempotent
@Interceptor
// outside the services' @Transactional, whose transaction joins the one begun here
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput(HEADER, PlatformProblem.text("constraint.kinerja.idempotencyKey"));
        }
        IdempotencyStore.Scope scope = new IdempotencyStore.Scope(caller.agencyCode(), caller.userId(), key);
        String hash = hashOf(invocation);
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Optional<StoredAnswer> earlier = store.claim(scope, hash);
                if (earlier.isPresent()) {
                    // an exception, since the method may declare the entity it returns rather than a Response
                    throw new Replay(earlier.get());
                }
                Object answer = invocation.proceed();
                store.complete(scope, stored(answer, invocation.getMethod()));
                return answer;
            });
        } catch (QuarkusTransactionException e) {
            // a checked exception of the method comes wrapped; the mappers know the method's own
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private StoredAnswer stored(Object answer, Method method) throws JsonProcessingException {
        Object entity = answer instanceof Response response ? response.getEntity() : answer;
        int status = answer instanceof Response response ? response.getStatus() : entity == null ? 204 : 200;
        String location = answer instanceof Response response && response.getLocation() != null
                ? response.getLocation().toString() : null;
        EntityTag tag = answer instanceof Response response ? response.getEntityTag() : null;
        if (tag == null && entity instanceof Versioned versioned) {
            tag = IfMatch.tagOf(versioned.version());
        }
        String type = answer instanceof Response response && response.getMediaType() != null
                ? response.getMediaType().toString() : producedType(method);
        String body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        return new StoredAnswer(status, type, body, location, tag == null ? null : tag.toString());
    }

    private static String producedType(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null && produces.value().length == 1 ? produces.value()[0] : MediaType.APPLICATION_JSON;
    }

    /** The request as the method received it: method, path and query, and its body (JSON, or a file's bytes). */
    private String hashOf(InvocationContext invocation) {
        MessageDigest digest = sha256();
        digest.update((request.method().name() + " " + request.uri() + "\n").getBytes(StandardCharsets.UTF_8));
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        Object[] arguments = invocation.getParameters();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof FileUpload file) {
                digest.update((file.fileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream bytes = Files.newInputStream(file.uploadedFile())) {
                    digest.update(bytes.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (isBody(annotations[i])) {
                try {
                    digest.update(json.writeValueAsBytes(arguments[i]));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A request body is always writable as JSON", e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The entity parameter: none of the annotations that bind a parameter to the path, query, headers or context. */
    private static boolean isBody(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")
                    || annotation instanceof RestForm) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
