package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A recap as measurement knows it: its latest revision and where that stands ({@link RecapState}). */
@Entity
@Table(name = "recap")
public class Recap extends PanacheEntityBase {

    @Id
    @Column(name = "recap_id")
    public UUID recapId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "round_id")
    public UUID roundId;

    public int year;

    public int quarter;

    @Column(name = "latest_revision")
    public int currentRevision;

    /** Which measurement of the current revision is current (1, or more after a methodology fix). */
    @Column(name = "measured_revision")
    public int currentMeasuredRevision;

    @Enumerated(EnumType.STRING)
    public RecapState state;

    @Column(name = "approved_revision")
    public Integer approvedRevision;

    @Column(name = "headline_achievement")
    public BigDecimal headlineAchievement;

    @Column(name = "item_count")
    public int itemCount;

    @Column(name = "return_note")
    public String returnNote;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The revision as submitted (RecapSubmitted), while it is held for the SOP (AWAITING_SOP); else null. */
    @Column(name = "held_document")
    public String heldDocument;

    @Version
    public long version;

    /** Locked until the transaction ends: events and the team's remeasure of one recap apply one at a time. */
    static Optional<Recap> lockedById(UUID recapId) {
        return Optional.ofNullable(findById(recapId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** As {@link #lockedById}, and only if it is the agency's. */
    static Optional<Recap> lockedOfAgency(String agencyCode, UUID recapId) {
        return find("recapId = ?1 and agencyCode = ?2", recapId, agencyCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The recap an event about an existing recap concerns, locked. The recap was measured here before any such event
     * could be published, so an event about a recap never measured here, about another agency's, or about a revision
     * never submitted can never be applied: it is refused as poison (and dead-lettered). Whether the event's revision
     * is stale is the caller's to decide.
     */
    public static Recap lockedForEvent(EventEnvelope envelope) {
        Recap recap = lockedById(envelope.recapId()).orElseThrow(() -> new MalformedEventException(
                envelope.eventType() + " " + envelope.eventId() + " is about recap " + envelope.recapId() + " of "
                        + envelope.agencyCode() + ", which was never measured here"));
        if (!recap.agencyCode.equals(envelope.agencyCode())) {
            throw new MalformedEventException("Event " + envelope.eventId() + " names agency " + envelope.agencyCode()
                    + " for recap " + recap.recapId + " of another agency");
        }
        if (envelope.revision() > recap.currentRevision) {
            throw new MalformedEventException(envelope.eventType() + " " + envelope.eventId() + " is about revision "
                    + envelope.revision() + " of recap " + recap.recapId + ", which was never submitted (latest: "
                    + recap.currentRevision + ")");
        }
        return recap;
    }

    static Optional<Recap> ofAgency(String agencyCode, UUID recapId) {
        return find("recapId = ?1 and agencyCode = ?2", recapId, agencyCode).firstResultOptional();
    }
}
