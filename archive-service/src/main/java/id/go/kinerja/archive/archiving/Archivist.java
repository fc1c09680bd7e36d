package id.go.kinerja.archive.archiving;

import id.go.kinerja.archive.record.ArchiveRecord;
import id.go.kinerja.archive.record.ArchivedRevision;
import id.go.kinerja.archive.record.ChainLink;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import id.go.kinerja.platform.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stores a disposed recap and seals it into its agency's hash chain (SOP A12 / B10), then announces
 * it with {@code RecapArchived}, all in the transaction of the consumed event.
 */
@ApplicationScoped
public class Archivist {

    private static final Logger LOG = Logger.getLogger(Archivist.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    IgnoredEvents ignored;

    private final Counter archived;

    @Inject
    Archivist(MeterRegistry meters) {
        archived = Counter.builder("kinerja_archive_records_archived")
                .description("Disposed recap revisions stored and sealed").register(meters);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void archive(ReceivedEvent event, String message) {
        EventEnvelope envelope = event.envelope();
        RecapDisposed disposed = event.payloadAs(RecapDisposed.class);
        disposed.requireComplete();
        String contentHash;
        try {
            contentHash = CanonicalJson.sha256(message);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("RecapDisposed has no canonical form: " + e.getMessage(), e);
        }

        String agency = envelope.agencyCode();
        lockChainOf(agency);
        Optional<ArchivedRevision> earlier = ArchiveRecord.latestOfRecap(envelope.recapId());
        if (earlier.isPresent()) {
            if (!earlier.get().agencyCode().equals(agency)) {
                throw new MalformedEventException("Recap " + envelope.recapId() + " is archived for agency "
                        + earlier.get().agencyCode() + ", not " + agency);
            }
            if (earlier.get().revision() >= envelope.revision()) {
                ignored.ignore(envelope, earlier.get().revision() > envelope.revision()
                                ? IgnoredEvents.Reason.STALE_REVISION : IgnoredEvents.Reason.SUPERSEDED,
                        "revision " + earlier.get().revision() + " is archived already");
                return;
            }
        }

        Optional<ChainLink> head = ArchiveRecord.headOfChain(agency);
        ArchiveRecord record = new ArchiveRecord();
        record.id = UUID.randomUUID();
        record.agencyCode = agency;
        record.agencyName = disposed.agencyName();
        record.recapId = envelope.recapId();
        record.revision = envelope.revision();
        record.roundId = disposed.roundId();
        record.year = disposed.year();
        record.quarter = disposed.quarter();
        record.disposedAt = disposed.disposition().decidedAt();
        record.archivedAt = Instant.now();
        record.eventId = envelope.eventId();
        record.supersedesId = earlier.map(ArchivedRevision::id).orElse(null);
        record.document = message;
        record.contentHash = contentHash;
        record.chainPosition = head.map(link -> link.chainPosition() + 1).orElse(1L);
        record.previousHash = head.map(ChainLink::seal).orElse(Seal.GENESIS);
        record.seal = Seal.of(record.previousHash, contentHash);
        record.persistAndFlush();
        requireStoredAsSealed(record);

        RecapArchived archivedEvent = new RecapArchived(record.roundId, record.id, contentHash, record.chainPosition,
                record.previousHash, record.seal);
        outbox.publish(RecapArchived.TOPIC,
                EventEnvelope.of(RecapArchived.EVENT_TYPE, 1, agency, record.recapId, record.revision, Actor.SYSTEM),
                archivedEvent);
        auditTrail.record(envelope, "RecapArchived", record.id.toString(), null, archivedEvent);
        LOG.infof("Archived recap %s revision %d of %s as %s (chain position %d)", record.recapId, record.revision,
                agency, record.id, record.chainPosition);
        afterCommit(archived);
    }

    /** Appends to one agency's chain one at a time, across threads and service instances. */
    private void lockChainOf(String agency) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:agency))")
                .setParameter("agency", "archive-chain:" + agency)
                .getSingleResult();
    }

    /**
     * The hash was computed over the text received; verification recomputes it over what jsonb gives
     * back. Checking both agree before committing means every archived record verifies from day one.
     */
    private void requireStoredAsSealed(ArchiveRecord record) {
        String stored = (String) entityManager.createNativeQuery(
                        "select document::text from archive_record where id = :id")
                .setParameter("id", record.id)
                .getSingleResult();
        if (!CanonicalJson.sha256(stored).equals(record.contentHash)) {
            throw new IllegalStateException("Recap " + record.recapId + " revision " + record.revision
                    + " reads back from the database with a different content hash; not archived");
        }
    }

    private void afterCommit(Counter counter) {
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
    }
}
