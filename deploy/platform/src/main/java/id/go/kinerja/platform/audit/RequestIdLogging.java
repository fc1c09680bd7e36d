package id.go.kinerja.platform.audit;

import id.go.kinerja.platform.observability.TraceContext;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the request id into the logging MDC before anything else runs, so every log line of the request carries
 * it, and the outbox stores it with the events the request publishes. The MDC lives in the request's own
 * (duplicated) Vert.x context, so it follows the request onto the worker thread and ends with it.
 */
public class RequestIdLogging {

    @ServerRequestFilter(preMatching = true)
    public void putRequestIdIntoMdc(RoutingContext routing) {
        MDC.put(TraceContext.REQUEST_ID_MDC, RequestIds.of(routing));
    }
}
