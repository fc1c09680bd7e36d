package id.go.kinerja.platform.inbox;

import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.observability.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies an incoming event at most once: the event is read, and its effect and the inbox record commit
 * in one transaction. A message that is not an event throws {@link MalformedEventException}; so does an
 * effect that cannot be applied to this event at all. The messaging layer then sends it to the
 * dead-letter topic and goes on with the next one. A transient failure (database unreachable, a concurrent
 * change of the same row, a lock conflict) is not the event's fault: the effect is tried again, backing off,
 * for as long as the {@link RetryPolicy} allows, so a database restart does not dead-letter good events.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            return headers == null ? null : lastHeader(headers, key);
        }
    };

    @Inject
    Inbox inbox;

    @Inject
    Tracer tracer;

    @Inject
    RetryPolicy retryPolicy;

    private Retrying retrying;

    @PostConstruct
    void createRetrying() {
        retrying = Retrying.withSystemClock(retryPolicy);
    }

    /**
     * Applies the event of the record once (see the class comment), continuing the request and trace that published the event
     * (Kafka headers {@code x-request-id} and {@code traceparent}): the log lines of the effect carry the request
     * id, and the events it publishes pass both on. Consumers take the {@link ConsumerRecord} to get here:
     * {@code @Incoming(CHANNEL) @Blocking void consume(ConsumerRecord<String, String> record)}.
     *
     * @return true if the effect was applied, false for a redelivered event that was already applied
     */
    public boolean applyOnce(String consumer, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> effect) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record.headers(), KAFKA_HEADERS);
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        String requestId = lastHeader(record.headers(), TraceContext.REQUEST_ID_HEADER);
        Object outerRequestId = MDC.get(TraceContext.REQUEST_ID_MDC);
        try (Scope ignored = span.makeCurrent()) {
            if (requestId != null) {
                MDC.put(TraceContext.REQUEST_ID_MDC, requestId);
            }
            return retrying.attempt(consumer + " applying an event of " + record.topic(),
                    () -> applyInOneTransaction(consumer, record.value(), effect));
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
            if (outerRequestId == null) {
                MDC.remove(TraceContext.REQUEST_ID_MDC);
            } else {
                MDC.put(TraceContext.REQUEST_ID_MDC, outerRequestId);
            }
        }
    }

    private boolean applyInOneTransaction(String consumer, String message, Consumer<ReceivedEvent> effect) {
        ReceivedEvent event = EventJson.read(message);
        boolean applied = QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer, event.envelope())) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        if (!applied) {
            LOG.debugf("%s ignored redelivered event %s", consumer, event.envelope().eventId());
        }
        return applied;
    }

    private static String lastHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
