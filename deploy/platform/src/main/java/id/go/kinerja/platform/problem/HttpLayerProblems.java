package id.go.kinerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refusals made before a request reaches JAX-RS are problem+json too (docs/api-guide.md): a URL or headers over the
 * limit (414, 431), a body over {@code quarkus.http.limits.max-body-size} (413), and any other failure of the HTTP
 * layer. (A path or method no endpoint has is a JAX-RS 404 or 405, which {@link ProblemMappers} answers.)
 *
 * <p>The HTTP codec refuses request lines and headers above its own limits with an empty answer, and Quarkus offers
 * no hook there (the same holds for a header value with a control character such as NUL: an empty 400); so its limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * high in the platform defaults and the limits callers meet are the lower ones checked here.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    /** The request limits the services answer 414 and 431 for. */
    @ConfigMapping(prefix = "kinerja.http")
    public interface Limits {

        /** Longest path and query string (the URL without scheme and host), in characters. */
        @WithDefault("4096")
        int maxUrlLength();

        /** Largest sum of the header lines (names and values), in bytes. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();
    }

    @Inject
    Limits limits;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "kinerja.problems.default-language", defaultValue = "id")
    Locale defaultLanguage;

    void install(@Observes Router router) {
        // before Quarkus's own body limit, which answers 413 with an empty body
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkLimits);
        router.route().order(RouteConstants.ROUTE_ORDER_ACCESS_LOG_HANDLER).failureHandler(this::failed);
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > limits.maxUrlLength()) {
            send(context, PlatformProblem.URI_TOO_LONG, 414, limits.maxUrlLength());
        } else if (headerSize(request) > limits.maxHeaderSize().asLongValue()) {
            send(context, PlatformProblem.HEADERS_TOO_LARGE, 431, limits.maxHeaderSize().asLongValue());
        } else if (contentLength(request) > maxBodySize.asLongValue()) {
            send(context, PlatformProblem.BODY_TOO_LARGE, 413, maxBodySize.asLongValue());
            // the rest of the body is not read: end the connection once the answer is out
            context.response().endHandler(done -> request.connection().close());
        } else {
            context.next();
        }
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(context.failure(), "HTTP layer failure on %s %s", context.request().method(), context.request().path());
        }
        PlatformProblem code = PlatformProblem.ofStatus(status);
        send(context, code, status, status == 413 ? maxBodySize.asLongValue() : HttpResponseStatus.valueOf(status).reasonPhrase());
    }

    private void send(RoutingContext context, PlatformProblem code, int status, Object detailArgument) {
        Locale language = Languages.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), defaultLanguage);
        Problem problem = ProblemMappers.problem(code, status, code.title(language), code.detail(language, detailArgument),
                List.of(), Map.of(), null, language);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is always writable", e);
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
