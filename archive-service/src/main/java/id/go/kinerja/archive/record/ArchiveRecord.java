package id.go.kinerja.archive.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One archived revision of a disposed recap (SOP A12 / B10), sealed into its agency's hash chain.
 * Written once: Hibernate never updates it ({@link Immutable}) and the database refuses to (trigger).
 */
@Entity
@Immutable
@Table(name = "archive_record")
public class ArchiveRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "recap_id", nullable = false)
    public UUID recapId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int quarter;

    @Column(name = "disposed_at")
    public Instant disposedAt;

    @Column(name = "archived_at", nullable = false)
    public Instant archivedAt;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    /** The RecapDisposed event as received, as JSON text (stored as jsonb). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String document;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "chain_position", nullable = false)
    public long chainPosition;

    @Column(name = "previous_hash", nullable = false, length = 64)
    public String previousHash;

    @Column(nullable = false, length = 64)
    public String seal;

    public static Optional<ArchiveRecord> ofAgency(String agencyCode, UUID id) {
        return find("id = ?1 and agencyCode = ?2", id, agencyCode).firstResultOptional();
    }

    public static Optional<ChainLink> linkAt(String agencyCode, long chainPosition) {
        return find("agencyCode = ?1 and chainPosition = ?2", agencyCode, chainPosition)
                .project(ChainLink.class).firstResultOptional();
    }

    /** The head of the agency's chain: the link the next record will seal. */
    public static Optional<ChainLink> headOfChain(String agencyCode) {
        return find("agencyCode = ?1 order by chainPosition desc", agencyCode)
                .project(ChainLink.class).firstResultOptional();
    }

    /** The agency's records after a position, in chain order, a page at a time. */
    public static List<ArchiveRecord> chainAfter(String agencyCode, long chainPosition, int limit) {
        return find("agencyCode = ?1 and chainPosition > ?2 order by chainPosition", agencyCode, chainPosition)
                .page(0, limit).list();
    }

    /** The newest archived revision of a recap, in whichever agency it was archived. */
    public static Optional<ArchivedRevision> latestOfRecap(UUID recapId) {
        return find("recapId = ?1 order by revision desc", recapId)
                .project(ArchivedRevision.class).firstResultOptional();
    }
}
