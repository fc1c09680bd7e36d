package id.go.kinerja.platform.inbox;

import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.EventType;
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
import org.jboss.logging.MDC;

/**
 * Applies an incoming event at most once: the event is read, and its effect and the inbox record commit in one
 * transaction. Every consumer of every service goes through here, so they all treat a message alike
 * (docs/events.md, "What a consumer does with an event"):
 * <ul>
 * <li>Poison, thrown as {@link MalformedEventException} and sent by the messaging layer to the dead-letter topic while
 * the stream goes on: a message that is not an event, an event of another type than the topic's, one without the
 * fields its {@link EventType} requires, and one the effect finds it can never apply.</li>
 * <li>Ignored and counted ({@link IgnoredEvents}): a redelivery, a newer schema version, and what the effect itself
 * leaves alone (a stale revision, a recap past the event's state).</li>
 * <li>A transient failure (database unreachable, a concurrent change, a lock conflict: {@code InfrastructureFailures})
 * is not the event's fault: the event is tried again, backing off, for as long as it lasts, holding the stream; the
 * consumer shows as stalled meanwhile ({@link ConsumerStalls}).</li>
 * </ul>
 */
@ApplicationScoped
public class IdempotentConsumer {

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

    @Inject
    ConsumerStalls stalls;

    @Inject
    IgnoredEvents ignored;

    private Retrying retrying;

    @PostConstruct
    void createRetrying() {
        retrying = new Retrying(retryPolicy, stalls);
    }

    /**
     * Applies the event of the record once (see the class comment), continuing the request and trace that published the event
     * (Kafka headers {@code x-request-id} and {@code traceparent}): the log lines of the effect carry the request
     * id, and the events it publishes pass both on. Consumers take the {@link ConsumerRecord} to get here:
     * {@code @Incoming(CHANNEL) @Blocking void consume(ConsumerRecord<String, String> record)}.
     *
     * @param type the event type the record's topic carries
     * @return true if the effect was applied, false for an event ignored before the effect (a redelivery, a newer
     *         schema version)
     */
    public boolean applyOnce(String consumer, EventType type, ConsumerRecord<String, String> record,
                             Consumer<ReceivedEvent> effect) {
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
        try (Scope current = span.makeCurrent()) {
            if (requestId != null) {
                MDC.put(TraceContext.REQUEST_ID_MDC, requestId);
            }
            ReceivedEvent event = EventJson.read(record.value());
            if (event.envelope().schemaVersion() > EventType.SCHEMA_VERSION) {
                ignored.ignore(event.envelope(), IgnoredEvents.Reason.NEWER_SCHEMA_VERSION,
                        consumer + " reads schema version " + EventType.SCHEMA_VERSION);
                return false;
            }
            type.requireContractOf(event);
            return retrying.attempt(consumer, record.topic(), () -> applyInOneTransaction(consumer, event, effect));
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

    private boolean applyInOneTransaction(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer, event.envelope())) {
                ignored.ignore(event.envelope(), IgnoredEvents.Reason.REDELIVERED, consumer + " applied it before");
                return false;
            }
            effect.accept(event);
            return true;
        });
    }

    private static String lastHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
