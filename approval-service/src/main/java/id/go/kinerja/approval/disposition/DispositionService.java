package id.go.kinerja.approval.disposition;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.approval.recap.DocumentKey;
import id.go.kinerja.approval.recap.MeasuredDocument;
import id.go.kinerja.approval.recap.Recap;
import id.go.kinerja.approval.recap.Timestamps;
import id.go.kinerja.approval.review.RecapDetail;
import id.go.kinerja.approval.review.ReviewHistory;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The Head's disposition (SOP A11 / B9) on an approved recap; it hands the complete document to the archive. */
@ApplicationScoped
public class DispositionService {

    private final Caller caller;
    private final Outbox outbox;
    private final ReviewHistory history;
    private final AuditTrail audit;

    DispositionService(Caller caller, Outbox outbox, ReviewHistory history, AuditTrail audit) {
        this.caller = caller;
        this.outbox = outbox;
        this.history = history;
        this.audit = audit;
    }

    @Transactional
    public RecapDetail.DispositionView dispose(UUID recapId, DispositionRequest request) {
        Recap recap = Recap.lockedInAgency(recapId, caller.agencyCode());
        Recap.State before = recap.state();
        recap.recordDisposition(request.text().strip(), caller.userId(), Timestamps.now());
        audit.record(RecapDisposed.EVENT_TYPE, recapId.toString(), before, recap.state());
        RecapDisposed.Disposition disposition =
                new RecapDisposed.Disposition(recap.dispositionText, recap.disposedBy, recap.disposedAt);
        DocumentKey approved = recap.currentDocument();
        ObjectNode document = MeasuredDocument.of(approved)
                .orElseThrow(() -> new IllegalStateException("recap " + recapId + " lost its approved document"))
                .json();
        outbox.publish(RecapDisposed.TOPIC,
                EventEnvelope.of(RecapDisposed.EVENT_TYPE, 1, recap.agencyCode, recap.id, recap.approvedRevision,
                        caller.as(Roles.HEAD)),
                RecapDisposed.of(document, recap.agencyName, recap.roundId, recap.year, recap.quarter,
                        approved.measuredRevision(), history.of(recap.id), disposition));
        return new RecapDetail.DispositionView(disposition.text(), disposition.decidedBy(), disposition.decidedAt());
    }
}
