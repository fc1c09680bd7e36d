package id.go.kinerja.approval.recap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Puts measured recaps in front of the Secretary. A newer revision, or a newer measurement of the same
 * revision, replaces what awaits review (and supersedes a review in progress: decisions belong to the
 * document they were made on); an older or equal one is stale and ignored; an approved recap takes nothing new.
 */
@ApplicationScoped
public class MeasuredRecapIntake {

    private static final Logger LOG = Logger.getLogger(MeasuredRecapIntake.class);

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final IgnoredEvents ignored;

    MeasuredRecapIntake(EntityManager entityManager, AuditTrail audit, IgnoredEvents ignored) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.ignored = ignored;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecapMeasured(ReceivedEvent event, String message) {
        EventEnvelope envelope = event.envelope();
        RecapMeasured measured = event.payloadAs(RecapMeasured.class);
        requireComplete(envelope, measured);
        DocumentKey key = new DocumentKey(envelope.recapId(),
                envelope.revision(), measured.measuredRevision() == null ? 1 : measured.measuredRevision());

        Recap recap = entityManager.find(Recap.class, envelope.recapId(), LockModeType.PESSIMISTIC_WRITE);
        if (recap != null) {
            if (!recap.agencyCode.equals(envelope.agencyCode()) || !recap.roundId.equals(measured.roundId())) {
                throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " names agency "
                        + envelope.agencyCode() + " / round " + measured.roundId() + " for recap " + recap.id
                        + ", which belongs to " + recap.agencyCode + " / round " + recap.roundId);
            }
            if (!key.isNewerThan(recap.currentDocument())) {
                ignored.ignore(envelope, IgnoredEvents.Reason.STALE_REVISION, "measurement " + key.measuredRevision()
                        + " is not newer than revision " + recap.currentRevision + " measurement "
                        + recap.currentMeasuredRevision);
                return;
            }
            if (recap.status.isLocked()) {
                ignored.ignore(envelope, IgnoredEvents.Reason.SUPERSEDED, "the recap is " + recap.status + " (revision "
                        + recap.approvedRevision + " approved); approved data stays as it is");
                return;
            }
        }

        Recap.State before = recap == null ? null : recap.state();
        ObjectNode json = DocumentJson.documentOf(message);
        MeasuredDocument document = new MeasuredDocument(key, envelope.eventId(), envelope.occurredAt(),
                Timestamps.now(), measured.items().size(), DocumentJson.headlineOf(json.get("headlineAchievement")),
                DocumentJson.write(json));
        if (recap == null) {
            recap = Recap.firstReceived(envelope.recapId(), envelope.agencyCode(), document, measured.agencyName(),
                    measured.roundId(), measured.year(), measured.quarter());
            entityManager.persist(recap);
        } else {
            recap.receive(document, measured.agencyName());
        }
        entityManager.persist(document);
        entityManager.flush();
        indexItems(key);
        audit.record(envelope, "RecapReceivedForReview", recap.id.toString(), before, recap.state());
        LOG.infof("Recap %s revision %d measurement %d of %s awaits review (%d items)", recap.id, key.revision(),
                key.measuredRevision(), recap.agencyCode, document.itemCount);
    }

    /** One row per indicator of the document, straight from the stored JSON, for decisions to reference. */
    private void indexItems(DocumentKey key) {
        entityManager.createNativeQuery("""
                        insert into document_item (recap_id, revision, measured_revision, indicator_code, position)
                        select d.recap_id, d.revision, d.measured_revision, item.value ->> 'indicatorCode', item.position
                        from measured_document d
                        cross join lateral jsonb_array_elements(d.document -> 'items') with ordinality as item(value, position)
                        where d.recap_id = :recapId and d.revision = :revision and d.measured_revision = :measuredRevision""")
                .setParameter("recapId", key.recapId())
                .setParameter("revision", key.revision())
                .setParameter("measuredRevision", key.measuredRevision())
                .executeUpdate();
    }

    /** A document the Secretary could not review is a poison message: it goes to the dead-letter topic. */
    private static void requireComplete(EventEnvelope envelope, RecapMeasured measured) {
        if (envelope.revision() < 1 || envelope.occurredAt() == null) {
            throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " lacks its revision or occurredAt");
        }
        if (measured.roundId() == null || measured.year() == null || measured.quarter() == null
                || measured.quarter() < 1 || measured.quarter() > 4) {
            throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " lacks its round, year or quarter");
        }
        if (measured.measuredRevision() != null && measured.measuredRevision() < 1) {
            throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " has measuredRevision "
                    + measured.measuredRevision());
        }
        if (measured.items() == null || measured.items().isEmpty()) {
            throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " has no items");
        }
        Set<String> codes = new HashSet<>();
        for (RecapMeasured.Item item : measured.items()) {
            if (item == null || item.indicatorCode() == null || item.indicatorCode().isBlank()
                    || item.indicatorCode().length() > 100) {
                throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " has an item without a valid indicatorCode");
            }
            if (!codes.add(item.indicatorCode())) {
                throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " lists indicator "
                        + item.indicatorCode() + " twice");
            }
        }
        if (envelope.agencyCode().length() > 50) {
            throw new MalformedEventException("RecapMeasured " + envelope.eventId() + " has an agency code longer than 50");
        }
    }
}
