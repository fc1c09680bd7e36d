package id.go.kinerja.collection.recap;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.platform.problem.Conflict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The recap (rekapitulasi) of a round: one per round, submitted in revisions 1, 2, … until approved, then sealed by
 * the archive. Its state machine is {@link RecapStatus}; every transition is a method here named after its SOP step,
 * which refuses what the SOP does not allow with 409 and takes the round along ({@link CollectionRound#followRecap}).
 */
@Entity
@Table(name = "recap")
public class Recap extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    public CollectionRound round;

    @Enumerated(EnumType.STRING)
    private RecapStatus status;

    @Column(name = "current_revision")
    private int currentRevision;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_note")
    private String approvalNote;

    @Column(name = "archive_id")
    private String archiveId;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "chain_position")
    private Long chainPosition;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    public long version;

    /** The first submission of the round's recap (SOP A9): revision 1; the caller persists it. */
    static Recap submitFirst(CollectionRound round) {
        Recap recap = new Recap();
        recap.id = UUID.randomUUID();
        recap.agencyCode = round.agencyCode;
        recap.round = round;
        recap.currentRevision = 1;
        recap.moveTo(RecapStatus.SUBMITTED);
        return recap;
    }

    public RecapStatus status() {
        return status;
    }

    public int currentRevision() {
        return currentRevision;
    }

    /** The Secretary's approval, or null before it. */
    RecapView.Approval approval() {
        return approvedAt == null ? null : new RecapView.Approval(approvedBy, approvedAt, approvalNote);
    }

    /** The archive's seal, or null before it. */
    RecapView.Archive archive() {
        return archiveId == null ? null : new RecapView.Archive(archiveId, contentHash, chainPosition, archivedAt);
    }

    /**
     * Refuses a next submission unless the recap was returned: a revision under review waits for the Secretary, and
     * an approved recap is final.
     */
    void requireResubmittable() {
        switch (status) {
            case RETURNED -> {
            }
            case SUBMITTED -> throw new Conflict(CollectionProblem.RECAP_AWAITS_REVIEW, round.period(), currentRevision);
            default -> throw new Conflict(CollectionProblem.RECAP_NOTHING_TO_SUBMIT, round.period(), status);
        }
    }

    /** The corrected recap is submitted again (SOP A9 after A10) as the next revision. */
    void resubmit() {
        requireResubmittable();
        currentRevision++;
        moveTo(RecapStatus.SUBMITTED);
    }

    /** Whether a return still applies: only to a revision that awaits review. */
    boolean awaitsReview() {
        return status == RecapStatus.SUBMITTED;
    }

    /**
     * Whether an approval still applies: to a revision under review, or to one returned only to measurement, which
     * the Secretary may approve without a resubmission.
     */
    boolean awaitsApproval() {
        return status == RecapStatus.SUBMITTED || status == RecapStatus.RETURNED;
    }

    /** Whether the archive's seal still applies: to any recap not sealed yet. */
    boolean awaitsSeal() {
        return status != RecapStatus.ARCHIVED;
    }

    /** The Secretary returned the revision under review (SOP A10). */
    void returned() {
        if (!awaitsReview()) {
            throw refused("returned");
        }
        moveTo(RecapStatus.RETURNED);
    }

    /** The Secretary approved the recap (SOP A10): its data is final. */
    void approved(String by, Instant at, String note) {
        if (!awaitsApproval()) {
            throw refused("approved");
        }
        approvedBy = by;
        approvedAt = at;
        approvalNote = note;
        moveTo(RecapStatus.APPROVED);
    }

    /** The archive sealed the approved recap (SOP A12): where it keeps it, and the hash that seals it. */
    void archived(String archiveId, String contentHash, Long chainPosition, Instant at) {
        if (status != RecapStatus.APPROVED) {
            throw refused("archived");
        }
        this.archiveId = archiveId;
        this.contentHash = contentHash;
        this.chainPosition = chainPosition;
        this.archivedAt = at;
        moveTo(RecapStatus.ARCHIVED);
    }

    private void moveTo(RecapStatus next) {
        round.followRecap(next.roundStatus());
        status = next;
    }

    private Conflict refused(String transition) {
        return new Conflict(CollectionProblem.RECAP_STATUS_CONFLICT, Map.of("status", status.name(), "currentRevision", currentRevision),
                id, round.period(), status, transition);
    }

    static Optional<Recap> ofRound(CollectionRound round) {
        return find("round", round).firstResultOptional();
    }

    static Optional<Recap> ofAgency(UUID id, String agencyCode) {
        return find("from Recap r join fetch r.round where r.id = ?1 and r.agencyCode = ?2", id, agencyCode)
                .firstResultOptional();
    }
}
