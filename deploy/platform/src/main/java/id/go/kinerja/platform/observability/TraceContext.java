package id.go.kinerja.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * What links the work of one user request across the services: the request id (from {@code X-Request-Id},
 * kept in the logging MDC under {@link #REQUEST_ID_MDC}) and the W3C trace context. Both travel with every
 * event through the outbox as Kafka headers, and the consuming service continues them.
 */
public final class TraceContext {

    /** MDC key: every log line written while handling the request or event carries it. */
    public static final String REQUEST_ID_MDC = "requestId";
    /** Kafka header with the request id that caused the event. */
    public static final String REQUEST_ID_HEADER = "x-request-id";
    /** Kafka header with the W3C trace context of the transaction that wrote the event. */
    public static final String TRACEPARENT_HEADER = "traceparent";

    private TraceContext() {
    }

    /** The W3C {@code traceparent} of the current span, or null outside any trace. */
    public static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT_HEADER);
    }

    /** The request id being worked on (an HTTP request or the event that one caused), or null. */
    public static String currentRequestId() {
        Object id = MDC.get(REQUEST_ID_MDC);
        return id == null ? null : id.toString();
    }
}
