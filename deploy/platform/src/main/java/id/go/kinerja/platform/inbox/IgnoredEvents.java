package id.go.kinerja.platform.inbox;

import id.go.kinerja.platform.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

/**
 * Events a consumer legitimately leaves without effect, logged and counted as
 * {@code kinerja_consumer_events_ignored_total{event_type, reason}}. Everything else a consumer cannot apply is poison
 * and goes to the dead-letter topic (docs/events.md, "What a consumer does with an event").
 */
@ApplicationScoped
public class IgnoredEvents {

    /** Exposed by Prometheus as {@code kinerja_consumer_events_ignored_total}. */
    public static final String METRIC = "kinerja.consumer.events.ignored";

    private static final Logger LOG = Logger.getLogger(IgnoredEvents.class);

    public enum Reason {
        /** The same event was applied before (a redelivery). */
        REDELIVERED,
        /** About an older revision of the recap than the one this service holds. */
        STALE_REVISION,
        /** The recap has moved past the state the event applies to (e.g. it is approved, or archived already). */
        SUPERSEDED,
        /**
         * A newer {@code schemaVersion} than this consumer reads: breaking versions are published side by side, and
         * the event's twin in the version read here carries the same change.
         */
        NEWER_SCHEMA_VERSION
    }

    private final MeterRegistry meters;
    private final TransactionSynchronizationRegistry transactions;

    public IgnoredEvents(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.meters = meters;
        this.transactions = transactions;
    }

    /** Logs and counts the event as ignored; inside a transaction, counted once it commits. */
    public void ignore(EventEnvelope envelope, Reason reason, String why) {
        LOG.infof("Ignored %s %s of recap %s revision %d (%s): %s", envelope.eventType(), envelope.eventId(),
                envelope.recapId(), envelope.revision(), reason, why);
        Counter counter = Counter.builder(METRIC)
                .description("Events a consumer left without effect: a redelivery, a stale revision, a recap past "
                        + "the event's state, or a newer schema version")
                .tag("event_type", envelope.eventType())
                .tag("reason", reason.name())
                .register(meters);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        counter.increment();
                    }
                }
            });
        } else {
            counter.increment();
        }
    }
}
