package id.go.kinerja.collection.round;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.Conflict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A collection round (pengumpulan data kinerja) of one agency for one quarter of a year. It is OPEN for data entry
 * until its recap is submitted; from then on its status is its recap's, set only through {@link #followRecap} by the
 * recap's own transitions, so the two can never disagree.
 */
@Entity
@Table(name = "collection_round")
public class CollectionRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    public int year;

    public int quarter;

    @Enumerated(EnumType.STRING)
    private RoundStatus status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    /** The published plan version (PK or PK Perubahan) of the round; null for rounds opened before versions. */
    @Column(name = "plan_version_id")
    public UUID planVersionId;

    /** Any change of the round itself (opened, submitted, returned, approved, archived), for updatedSince. */
    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** A new round, OPEN for data entry (SOP A1); the caller persists it. */
    public static CollectionRound open(String agencyCode, int year, int quarter, UUID planVersionId, String openedBy) {
        CollectionRound round = new CollectionRound();
        round.id = UUID.randomUUID();
        round.agencyCode = agencyCode;
        round.year = year;
        round.quarter = quarter;
        round.status = RoundStatus.OPEN;
        round.planVersionId = planVersionId;
        round.openedBy = openedBy;
        round.openedAt = Instant.now();
        return round;
    }

    /** The round if it belongs to the agency; another agency's round does not exist for the caller. */
    public static Optional<CollectionRound> ofAgency(UUID id, String agencyCode) {
        return CollectionRound.<CollectionRound>findByIdOptional(id).filter(round -> round.agencyCode.equals(agencyCode));
    }

    /**
     * As {@link #ofAgency}, holding the row lock until the transaction ends: every change to a round's
     * entries, budget or recap takes it, so a submission never races an entry being changed.
     */
    public static Optional<CollectionRound> lockedOfAgency(UUID id, String agencyCode) {
        return CollectionRound.<CollectionRound>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(round -> round.agencyCode.equals(agencyCode));
    }

    public String period() {
        return year + " Q" + quarter;
    }

    public RoundStatus status() {
        return status;
    }

    /**
     * The round takes the status of its recap (SOP A9-A12): submitted, returned, approved, archived. Only the recap
     * calls this, from its own transitions; a step the SOP does not have (back to OPEN, anything after the seal) is
     * refused.
     */
    public void followRecap(RoundStatus recapStatus) {
        if (!status.leadsTo(recapStatus)) {
            throw new Conflict(CollectionProblem.ROUND_STATUS_CONFLICT, Map.of("status", status.name()), period(), status, recapStatus);
        }
        status = recapStatus;
    }

    /** Refuses a budget realisation (realisasi anggaran) unless the round is open, or returned for corrections. */
    public void requireBudgetChangeable() {
        if (status != RoundStatus.OPEN && status != RoundStatus.RETURNED) {
            throw new Conflict(CollectionProblem.BUDGET_READ_ONLY, period(), status);
        }
    }
}
