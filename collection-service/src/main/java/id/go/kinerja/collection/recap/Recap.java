package id.go.kinerja.collection.recap;

import id.go.kinerja.collection.round.CollectionRound;
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
import java.util.Optional;
import java.util.UUID;

/** The recap (rekapitulasi) of a round: one per round, submitted in revisions 1, 2, … until approved. */
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
    public RecapStatus status;

    @Column(name = "current_revision")
    public int currentRevision;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approval_note")
    public String approvalNote;

    @Column(name = "archive_id")
    public String archiveId;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "chain_position")
    public Long chainPosition;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Version
    public long version;

    static Recap first(CollectionRound round) {
        Recap recap = new Recap();
        recap.id = UUID.randomUUID();
        recap.agencyCode = round.agencyCode;
        recap.round = round;
        recap.status = RecapStatus.SUBMITTED;
        recap.currentRevision = 1;
        recap.persist();
        return recap;
    }

    static Optional<Recap> ofRound(CollectionRound round) {
        return find("round", round).firstResultOptional();
    }

    static Optional<Recap> ofAgency(UUID id, String agencyCode) {
        return find("from Recap r join fetch r.round where r.id = ?1 and r.agencyCode = ?2", id, agencyCode)
                .firstResultOptional();
    }
}
