package id.go.kinerja.approval.recap;

import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import id.go.kinerja.platform.inbox.IgnoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Records where the archive keeps a disposed recap; the recap is then ARCHIVED and shows the reference. */
@ApplicationScoped
public class ArchiveReceipts {

    private static final Logger LOG = Logger.getLogger(ArchiveReceipts.class);

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final IgnoredEvents ignored;

    ArchiveReceipts(EntityManager entityManager, AuditTrail audit, IgnoredEvents ignored) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.ignored = ignored;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecapArchived(ReceivedEvent event) {
        EventEnvelope envelope = event.envelope();
        RecapArchived archived = event.payloadAs(RecapArchived.class);
        if (archived.archiveId() == null || archived.archiveId().isBlank() || archived.archiveId().length() > 100
                || archived.contentHash() == null || archived.contentHash().isBlank() || archived.contentHash().length() > 128) {
            throw new MalformedEventException("RecapArchived " + envelope.eventId() + " lacks a valid archiveId or contentHash");
        }
        Recap recap = entityManager.find(Recap.class, envelope.recapId(), LockModeType.PESSIMISTIC_WRITE);
        if (recap == null || !recap.agencyCode.equals(envelope.agencyCode())) {
            throw new MalformedEventException("RecapArchived " + envelope.eventId() + " names recap " + envelope.recapId()
                    + " of " + envelope.agencyCode() + ", which approval never disposed");
        }
        if (envelope.revision() > recap.currentRevision) {
            throw new MalformedEventException("RecapArchived " + envelope.eventId() + " is about revision "
                    + envelope.revision() + " of recap " + recap.id + ", which approval never received");
        }
        if (envelope.revision() < recap.currentRevision) {
            ignored.ignore(envelope, IgnoredEvents.Reason.STALE_REVISION,
                    "the current revision is " + recap.currentRevision);
            return;
        }
        if (recap.status == RecapStatus.ARCHIVED) {
            ignored.ignore(envelope, IgnoredEvents.Reason.SUPERSEDED, "archived already as " + recap.archiveId);
            return;
        }
        if (recap.status != RecapStatus.DISPOSED) {
            throw new MalformedEventException("RecapArchived " + envelope.eventId() + " for recap " + recap.id
                    + ", which is " + recap.status + " and was never disposed");
        }
        Recap.State before = recap.state();
        recap.markArchived(archived.archiveId(), archived.contentHash(), archived.chainPosition(),
                envelope.occurredAtOr(Timestamps.now()));
        audit.record(envelope, "RecapArchived", recap.id.toString(), before, recap.state());
        LOG.infof("Recap %s archived as %s (chain position %s)", recap.id, archived.archiveId(), archived.chainPosition());
    }
}
