package id.go.kinerja.approval.recap;

import id.go.kinerja.approval.problem.ApprovalProblem;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.NotFound;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A recap (one per collection round) as the approval step sees it: which measured document is under
 * review, and how far the review, disposition and archiving have come. Its state machine is
 * {@link RecapStatus}; every transition is a method here that refuses an illegal one with 409.
 */
@Entity
@Table(name = "recap")
public class Recap extends PanacheEntityBase {

    @Id
    public UUID id;
    public String agencyCode;
    public String agencyName;
    public UUID roundId;
    public int year;
    public int quarter;
    @Enumerated(EnumType.STRING)
    public RecapStatus status;
    public int currentRevision;
    public int currentMeasuredRevision;
    public Instant currentReceivedAt;
    public int currentItemCount;
    public BigDecimal currentHeadlineAchievement;
    public Integer approvedRevision;
    public String dispositionText;
    public String disposedBy;
    public Instant disposedAt;
    public String archiveId;
    public String archiveContentHash;
    public Long archiveChainPosition;
    public Instant archivedAt;
    public Instant createdAt;
    /** Any change of the row, for the lists an integration reads by updatedSince. */
    @UpdateTimestamp
    public Instant updatedAt;
    @Version
    public long version;

    protected Recap() {
    }

    static Recap firstReceived(UUID id, String agencyCode, MeasuredDocument document, String agencyName, UUID roundId,
                               int year, int quarter) {
        Recap recap = new Recap();
        recap.id = id;
        recap.agencyCode = agencyCode;
        recap.roundId = roundId;
        recap.year = year;
        recap.quarter = quarter;
        recap.createdAt = document.receivedAt;
        recap.receive(document, agencyName);
        return recap;
    }

    /** The caller's agency's recap, or 404: another agency's recap does not exist for them. */
    public static Recap inAgency(UUID id, String agencyCode) {
        return Recap.<Recap>find("id = ?1 and agencyCode = ?2", id, agencyCode).firstResultOptional()
                .orElseThrow(() -> new NotFound(ApprovalProblem.RECAP_NOT_FOUND, id));
    }

    /**
     * Like {@link #inAgency} but locks the row until the transaction ends, so that decisions, approval and
     * return of one recap, and the arrival of its next revision, happen one after the other.
     */
    public static Recap lockedInAgency(UUID id, String agencyCode) {
        return Recap.<Recap>find("id = ?1 and agencyCode = ?2", id, agencyCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFound(ApprovalProblem.RECAP_NOT_FOUND, id));
    }

    /** What the audit trail keeps of a recap before and after a change. */
    public record State(RecapStatus status, int revision, int measuredRevision, Integer approvedRevision,
                        String archiveId) {
    }

    public State state() {
        return new State(status, currentRevision, currentMeasuredRevision, approvedRevision, archiveId);
    }

    public DocumentKey currentDocument() {
        return new DocumentKey(id, currentRevision, currentMeasuredRevision);
    }

    /** A newer measured document replaces what awaits review; the review starts over on it. */
    void receive(MeasuredDocument document, String agencyName) {
        if (status != null && status.isLocked()) {
            throw new IllegalStateException("recap " + id + " is " + status + "; it takes no new document");
        }
        this.agencyName = agencyName;
        this.currentRevision = document.key.revision();
        this.currentMeasuredRevision = document.key.measuredRevision();
        this.currentReceivedAt = document.receivedAt;
        this.currentItemCount = document.itemCount;
        this.currentHeadlineAchievement = document.headlineAchievement;
        this.status = RecapStatus.AWAITING_REVIEW;
    }

    /**
     * Refuses anything but the document now awaiting review: approved data is locked, a returned recap waits
     * for its next revision, and a decision about an older revision (or measurement) is stale.
     */
    public void requireUnderReview(int revision, Integer measuredRevision) {
        if (status.isLocked()) {
            throw new Conflict(ApprovalProblem.RECAP_LOCKED, Map.of("status", status.name(), "approvedRevision", approvedRevision),
                    id, status);
        }
        if (revision != currentRevision || (measuredRevision != null && measuredRevision != currentMeasuredRevision)) {
            throw new Conflict(ApprovalProblem.REVISION_NOT_UNDER_REVIEW,
                    Map.of("currentRevision", currentRevision, "currentMeasuredRevision", currentMeasuredRevision),
                    revision, currentRevision, currentMeasuredRevision);
        }
        if (status != RecapStatus.AWAITING_REVIEW) {
            throw new Conflict(ApprovalProblem.REVISION_RETURNED, Map.of("status", status.name(), "currentRevision", currentRevision),
                    revision, id);
        }
    }

    public void markApproved() {
        status = RecapStatus.APPROVED;
        approvedRevision = currentRevision;
    }

    public void markReturned() {
        status = RecapStatus.RETURNED;
    }

    public void recordDisposition(String text, String decidedBy, Instant decidedAt) {
        if (status == RecapStatus.DISPOSED || status == RecapStatus.ARCHIVED) {
            throw new Conflict(ApprovalProblem.DISPOSITION_RECORDED, Map.of("status", status.name(), "disposedAt", disposedAt.toString()),
                    id);
        }
        if (status != RecapStatus.APPROVED) {
            throw new Conflict(ApprovalProblem.RECAP_NOT_APPROVED, Map.of("status", status.name()), id, status);
        }
        dispositionText = text;
        disposedBy = decidedBy;
        disposedAt = decidedAt;
        status = RecapStatus.DISPOSED;
    }

    void markArchived(String archiveId, String contentHash, Long chainPosition, Instant archivedAt) {
        this.archiveId = archiveId;
        this.archiveContentHash = contentHash;
        this.archiveChainPosition = chainPosition;
        this.archivedAt = archivedAt;
        this.status = RecapStatus.ARCHIVED;
    }
}
