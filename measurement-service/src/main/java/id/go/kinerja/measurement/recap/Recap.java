package id.go.kinerja.measurement.recap;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.inbox.IgnoredEvents;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A recap as measurement knows it: its latest revision and where that stands ({@link RecapStatus}). Its state changes
 * only through the methods named after what happens in the SOP (B5-B8): a revision is {@link #received first} or
 * {@link #submitted} again, {@link #held} for the SOP, {@link #measured}, {@link #returned} or {@link #approved} by
 * the Secretary. Each refuses what the SOP forbids: an event that can change nothing is {@link Ignored}, a remeasure
 * that has nothing to do is a 409, and a call no path of the service makes is an {@link IllegalStateException}.
 */
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
    public RecapStatus state;

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

    /**
     * The first revision of a recap measurement has not seen before, not yet persisted. Its state is a placeholder
     * until it is held or measured, so that the row can be written first.
     */
    static Recap received(UUID recapId, String agencyCode, int revision, RecapSubmitted content, Instant at) {
        Recap recap = new Recap();
        recap.recapId = recapId;
        recap.agencyCode = agencyCode;
        recap.take(revision, content);
        recap.state = RecapStatus.AWAITING_METHODOLOGY;
        recap.updatedAt = at;
        return recap;
    }

    /**
     * A newer revision submitted by collection replaces the one measured so far. Ignored when it is not newer than
     * the latest one, and once a revision was approved: approved results are frozen.
     */
    void submitted(int revision, RecapSubmitted content) {
        if (revision <= currentRevision) {
            throw new Ignored(IgnoredEvents.Reason.STALE_REVISION,
                    "revision " + currentRevision + " was submitted already");
        }
        if (state == RecapStatus.APPROVED) {
            throw new Ignored(IgnoredEvents.Reason.SUPERSEDED,
                    "revision " + approvedRevision + " was approved and is frozen");
        }
        take(revision, content);
    }

    private void take(int revision, RecapSubmitted content) {
        agencyName = content.agencyName();
        roundId = content.roundId();
        year = content.year();
        quarter = content.quarter();
        currentRevision = revision;
        currentMeasuredRevision = 0;
        returnNote = null;
    }

    /**
     * Keeps the revision just submitted as it came, unmeasured, until B1-B4 of its period are done: nothing goes to
     * the Secretary before. Only a revision not measured yet can be held.
     */
    void held(RecapSubmitted content, Instant at) {
        if (currentMeasuredRevision != 0 || state == RecapStatus.APPROVED) {
            throw new IllegalStateException("Revision " + currentRevision + " of recap " + recapId
                    + " was measured already (" + state + "); only a newly submitted revision is held");
        }
        state = RecapStatus.AWAITING_SOP;
        heldDocument = DocumentJson.write(content);
        headlineAchievement = null;
        itemCount = content.items().size();
        updatedAt = at;
    }

    /** The revision held for the SOP, as it was submitted. */
    RecapSubmitted heldRevision() {
        if (state != RecapStatus.AWAITING_SOP) {
            throw new IllegalStateException("Recap " + recapId + " is " + state + ", not held for the SOP");
        }
        try {
            return DocumentJson.read(heldDocument, RecapSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Held recap " + recapId + " cannot be read back", e);
        }
    }

    /** The number the next measurement of the latest revision gets. */
    int nextMeasuredRevision() {
        return currentMeasuredRevision + 1;
    }

    /**
     * The latest revision was measured again ({@code measuredRevision}, the next one): sent to the Secretary when
     * {@code forwarded}, else held back until the missing methodologies are set. Never once approved.
     */
    void measured(int measuredRevision, boolean forwarded, BigDecimal headlineAchievement, int itemCount,
                  Instant at) {
        if (state == RecapStatus.APPROVED) {
            throw new IllegalStateException("Revision " + approvedRevision + " of recap " + recapId
                    + " was approved: its results are frozen");
        }
        if (measuredRevision != nextMeasuredRevision()) {
            throw new IllegalStateException("Recap " + recapId + " revision " + currentRevision + " is at measured "
                    + "revision " + currentMeasuredRevision + "; " + measuredRevision + " is not the next");
        }
        this.currentMeasuredRevision = measuredRevision;
        this.heldDocument = null;
        this.returnNote = null;
        this.state = forwarded ? RecapStatus.MEASURED : RecapStatus.AWAITING_METHODOLOGY;
        this.headlineAchievement = headlineAchievement;
        this.itemCount = itemCount;
        this.updatedAt = at;
    }

    /** The Secretary returned the measured revision (B8), with a note; the items themselves are kept apart. */
    void returned(int revision, String note, Instant at) {
        requireUnderReview(revision);
        state = RecapStatus.RETURNED;
        returnNote = note;
        updatedAt = at;
    }

    /** The Secretary approved the measured revision (B8): from now on its results never change. */
    void approved(int revision, Instant at) {
        requireUnderReview(revision);
        state = RecapStatus.APPROVED;
        approvedRevision = currentRevision;
        updatedAt = at;
    }

    /** A review decision applies to the latest revision while it is with the Secretary, measured. */
    private void requireUnderReview(int revision) {
        requireNotOlderThanCurrent(revision);
        if (state != RecapStatus.MEASURED) {
            throw new Ignored(IgnoredEvents.Reason.SUPERSEDED, "the recap is " + state);
        }
    }

    /**
     * Refuses (409) a remeasure that can change nothing: an approved revision is frozen, and a measured one that the
     * Secretary did not return has nothing to fix. Whether a returned or held-back revision is fixed is the remeasure's
     * to check.
     */
    void requireRemeasurable() {
        switch (state) {
            case APPROVED -> throw new Conflict(MeasurementProblem.RECAP_APPROVED_FROZEN, approvedRevision);
            case MEASURED -> throw new Conflict(MeasurementProblem.NOTHING_TO_REMEASURE, currentRevision);
            default -> {
            }
        }
    }

    /** The latest revision, for the SOP timeline. */
    RecapRef ref() {
        return new RecapRef(agencyCode, year, quarter, recapId, currentRevision);
    }

    /**
     * The revision an event after the review (B9 disposition, B10 seal) is about, for the SOP timeline; an event about
     * an older revision than the latest changes nothing.
     */
    RecapRef refAfterReview(int revision) {
        requireNotOlderThanCurrent(revision);
        return new RecapRef(agencyCode, year, quarter, recapId, revision);
    }

    private void requireNotOlderThanCurrent(int revision) {
        if (revision < currentRevision) {
            throw new Ignored(IgnoredEvents.Reason.STALE_REVISION, "the current revision is " + currentRevision);
        }
    }

    /** An event about the recap that changes nothing: why ({@code reason}) and the detail in the message. */
    static final class Ignored extends RuntimeException {

        private final IgnoredEvents.Reason reason;

        Ignored(IgnoredEvents.Reason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        IgnoredEvents.Reason reason() {
            return reason;
        }
    }

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
