package id.go.kinerja.collection.round;

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
import java.util.Optional;
import java.util.UUID;

/** A collection round (pengumpulan data kinerja) of one agency for one quarter of a year. */
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
    public RoundStatus status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    /** The published plan version (PK or PK Perubahan) of the round; null for rounds opened before versions. */
    @Column(name = "plan_version_id")
    public UUID planVersionId;

    @Version
    public long version;

    static CollectionRound open(String agencyCode, int year, int quarter, UUID planVersionId, String openedBy) {
        CollectionRound round = new CollectionRound();
        round.id = UUID.randomUUID();
        round.agencyCode = agencyCode;
        round.year = year;
        round.quarter = quarter;
        round.status = RoundStatus.OPEN;
        round.planVersionId = planVersionId;
        round.openedBy = openedBy;
        round.openedAt = Instant.now();
        round.persist();
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
}
