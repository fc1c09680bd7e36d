package id.go.kinerja.collection.round;

import id.go.kinerja.collection.plan.Indicator;
import id.go.kinerja.collection.plan.PlanDocument;
import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The entry (realisasi) of one indicator in one round, and the state machine of {@link EntryState}.
 * What may change also depends on the round: nothing after submission until a return, and then only
 * the entries the Secretary returned for re-entry.
 */
@Entity
@Table(name = "entry")
public class Entry extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    public CollectionRound round;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    /**
     * The division responsible for the entry (its operators enter it, its head verifies it), as the round's plan
     * version assigns the indicator; fixed when the round opens.
     */
    @Column(name = "division_code")
    public String divisionCode;

    /** A number or a grade, as the round's plan version has the indicator; fixed when the round opens. */
    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    public ValueType valueType;

    @Enumerated(EnumType.STRING)
    public EntryState state;

    public BigDecimal value;

    public String grade;

    public String note;

    /**
     * Why the realisation of the quarter is not available (tidak ada data), when the operator answers so instead of
     * giving a value or a grade; null otherwise. Its presence is what makes the entry a "no data" answer.
     */
    @Column(name = "no_data_reason")
    public String noDataReason;

    /** The system a pushed realisation came from (e.g. SIPD-Keuangan); null when an operator entered it. */
    public String source;

    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "entered_at")
    public Instant enteredAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "sent_back_by")
    public String sentBackBy;

    @Column(name = "sent_back_at")
    public Instant sentBackAt;

    @Column(name = "send_back_reason")
    public String sendBackReason;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "return_to")
    public String returnTo;

    @Column(name = "returned_revision")
    public Integer returnedRevision;

    /** Returned for re-entry by the current review: may change while the round is RETURNED. */
    public boolean reopened;

    @Version
    public long version;

    /** The entry of an indicator of the round, in the care of the division and of the kind the round's plan gives it. */
    static Entry open(CollectionRound round, Indicator indicator, PlanDocument.IndicatorSpec agreed) {
        Entry entry = new Entry();
        entry.id = UUID.randomUUID();
        entry.round = round;
        entry.indicator = indicator;
        entry.divisionCode = agreed.divisionCode();
        entry.valueType = agreed.valueType();
        entry.state = EntryState.NOT_ENTERED;
        entry.persist();
        return entry;
    }

    /**
     * The operator enters (or corrects) the realisation: by hand, or a row of an uploaded worksheet. Either a value,
     * a grade, or (with {@code noDataReason}) the answer that the quarter's realisation is not available.
     */
    public void enter(BigDecimal value, String grade, String noDataReason, String note, Actor actor, Instant at) {
        entered(value, grade, noDataReason, note, actor, at).persist();
    }

    /** {@link #enter}, returning the history step instead of persisting it (an {@link EntryBatch} writes many). */
    EntryHistory entered(BigDecimal value, String grade, String noDataReason, String note, Actor actor, Instant at) {
        requireChangeable();
        switch (state) {
            case NOT_ENTERED, PROPOSED, ENTERED, SENT_BACK, RETURNED -> {
            }
            case VERIFIED -> throw new Conflict(CollectionProblem.ENTRY_VERIFIED, indicator.code);
            default -> throw locked();
        }
        requireKind(value, grade, noDataReason);
        this.value = value;
        this.grade = grade;
        this.noDataReason = noDataReason;
        this.note = note;
        this.source = null;
        this.enteredBy = actor.userId();
        this.enteredAt = at;
        this.verifiedBy = null;
        this.verifiedAt = null;
        this.state = EntryState.ENTERED;
        return EntryHistory.step(this, "ENTERED", actor, at, null);
    }

    /**
     * An integration pushes a realisation: it waits as PROPOSED for the operator. It never overwrites what an
     * operator entered or a division head verified.
     */
    public void propose(BigDecimal value, String grade, String noDataReason, String note, String source, Actor actor,
                        Instant at) {
        proposed(value, grade, noDataReason, note, source, actor, at).persist();
    }

    /** {@link #propose}, returning the history step instead of persisting it (an {@link EntryBatch} writes many). */
    EntryHistory proposed(BigDecimal value, String grade, String noDataReason, String note, String source, Actor actor,
                          Instant at) {
        requireChangeable();
        switch (state) {
            case NOT_ENTERED, PROPOSED, SENT_BACK, RETURNED -> {
            }
            case ENTERED -> throw new Conflict(CollectionProblem.ENTRY_AWAITS_VERIFICATION, indicator.code);
            case VERIFIED -> throw new Conflict(CollectionProblem.ENTRY_VERIFIED, indicator.code);
            default -> throw locked();
        }
        requireKind(value, grade, noDataReason);
        this.value = value;
        this.grade = grade;
        this.noDataReason = noDataReason;
        this.note = note;
        this.source = source;
        this.enteredBy = null;
        this.enteredAt = null;
        this.verifiedBy = null;
        this.verifiedAt = null;
        this.state = EntryState.PROPOSED;
        return EntryHistory.step(this, "PROPOSED", actor, at, "from " + source);
    }

    /** The operator confirms a pushed realisation as it is: it becomes their entry, to be verified. */
    void confirm(Actor actor, Instant at) {
        requireChangeable();
        if (state != EntryState.PROPOSED) {
            throw new Conflict(CollectionProblem.ENTRY_NOT_PROPOSED, indicator.code, state);
        }
        this.enteredBy = actor.userId();
        this.enteredAt = at;
        this.state = EntryState.ENTERED;
        EntryHistory.record(this, "CONFIRMED", actor, at, null);
    }

    /** The answer that the quarter's realisation is not available, for {@link #noDataReason}. */
    public boolean noData() {
        return noDataReason != null;
    }

    /**
     * The reason an entry request gives for "no data", or null when it gives a value or a grade: {@code noData: true}
     * needs a reason, and a reason comes only with {@code noData: true}.
     *
     * @param field where the request holds the flag, e.g. {@code noData} or {@code items[2].noData}
     */
    public static String noDataReasonOf(Boolean noData, String reason, String field) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (Boolean.TRUE.equals(noData) && given == null) {
            throw new InvalidInput(field + "Reason", CollectionProblem.text("entry.noDataReasonRequired"));
        }
        if (!Boolean.TRUE.equals(noData) && given != null) {
            throw new InvalidInput(field, CollectionProblem.text("entry.noDataReasonWithoutNoData", field));
        }
        return given;
    }

    private void requireKind(BigDecimal value, String grade, String noDataReason) {
        if (noDataReason != null) {
            if (value != null || grade != null) {
                throw new InvalidInput(value != null ? "value" : "grade",
                        CollectionProblem.text("entry.noDataWithValue", indicator.code));
            }
            return;
        }
        boolean predicate = valueType == ValueType.PREDICATE;
        if (predicate && (grade == null || value != null)) {
            throw new InvalidInput("grade", CollectionProblem.text("entry.gradeRequired", indicator.code));
        }
        if (!predicate && (value == null || grade != null)) {
            throw new InvalidInput("value", CollectionProblem.text("entry.valueRequired", indicator.code, valueType));
        }
    }

    /** The division head confirms the entered value (SOP A7). */
    void verify(Actor actor, Instant at) {
        requireChangeable();
        switch (state) {
            case ENTERED -> {
            }
            case NOT_ENTERED -> throw new Conflict(CollectionProblem.ENTRY_NOT_ENTERED, indicator.code);
            case PROPOSED -> throw awaitsConfirmation();
            case SENT_BACK -> throw new Conflict(CollectionProblem.ENTRY_SENT_BACK, indicator.code);
            case RETURNED -> throw new Conflict(CollectionProblem.ENTRY_AWAITS_REENTRY, indicator.code);
            case VERIFIED -> throw new Conflict(CollectionProblem.ENTRY_ALREADY_VERIFIED, indicator.code);
            default -> throw locked();
        }
        this.verifiedBy = actor.userId();
        this.verifiedAt = at;
        this.state = EntryState.VERIFIED;
        EntryHistory.record(this, "VERIFIED", actor, at, null);
    }

    /** The division head sends the entry back to the operator with a reason. */
    void sendBack(String reason, Actor actor, Instant at) {
        requireChangeable();
        switch (state) {
            case ENTERED, VERIFIED -> {
            }
            case NOT_ENTERED -> throw new Conflict(CollectionProblem.ENTRY_NOT_ENTERED, indicator.code);
            case PROPOSED -> throw awaitsConfirmation();
            case SENT_BACK -> throw new Conflict(CollectionProblem.ENTRY_ALREADY_SENT_BACK, indicator.code);
            case RETURNED -> throw new Conflict(CollectionProblem.ENTRY_AWAITS_REENTRY, indicator.code);
            default -> throw locked();
        }
        this.sendBackReason = reason;
        this.sentBackBy = actor.userId();
        this.sentBackAt = at;
        this.verifiedBy = null;
        this.verifiedAt = null;
        this.state = EntryState.SENT_BACK;
        EntryHistory.record(this, "SENT_BACK", actor, at, reason);
    }

    /** The entry went out with a (re)submitted recap: a re-entry it was reopened for is over. */
    public void submitted() {
        this.reopened = false;
    }

    /** The Secretary returned this item to collection: it reopens for re-entry, with the reason shown. */
    public void returnForReEntry(String reason, Actor actor, Instant at, int revision) {
        recordReturn(reason, "COLLECTION", actor, at, revision);
        this.state = EntryState.RETURNED;
        this.reopened = true;
        this.verifiedBy = null;
        this.verifiedAt = null;
        EntryHistory.record(this, "RETURNED", actor, at, reason);
    }

    /** The Secretary returned this item to measurement: recorded here, the entry itself stays verified. */
    public void recordMeasurementReturn(String reason, Actor actor, Instant at, int revision) {
        recordReturn(reason, "MEASUREMENT", actor, at, revision);
        EntryHistory.record(this, "RETURNED_TO_MEASUREMENT", actor, at, reason);
    }

    /** The recap was approved: the entry can never change again. */
    public void lock(Actor actor, Instant at) {
        if (state != EntryState.LOCKED) {
            this.state = EntryState.LOCKED;
            this.reopened = false;
            EntryHistory.record(this, "LOCKED", actor, at, null);
        }
    }

    private void recordReturn(String reason, String to, Actor actor, Instant at, int revision) {
        this.returnReason = reason;
        this.returnTo = to;
        this.returnedBy = actor.userId();
        this.returnedAt = at;
        this.returnedRevision = revision;
    }

    /** Evidence (bukti dukung) may be attached or removed exactly while the entry itself may change. */
    public void requireChangeableForEvidence() {
        requireChangeable();
    }

    private void requireChangeable() {
        switch (round.status()) {
            case OPEN -> {
            }
            case RETURNED -> {
                if (!reopened) {
                    throw new Conflict(CollectionProblem.ENTRY_NOT_RETURNED, indicator.code, state.name().toLowerCase());
                }
            }
            case SUBMITTED -> throw new Conflict(CollectionProblem.ENTRIES_READ_ONLY_SUBMITTED, round.period());
            default -> throw locked();
        }
    }

    private Conflict awaitsConfirmation() {
        return new Conflict(CollectionProblem.ENTRY_AWAITS_CONFIRMATION, indicator.code, source);
    }

    private Conflict locked() {
        return new Conflict(CollectionProblem.ENTRY_LOCKED, round.period(), indicator.code);
    }

    /** The round's entries with their indicators, nodes and divisions, by indicator code. */
    public static List<Entry> ofRound(CollectionRound round) {
        return list("from Entry e join fetch e.indicator i join fetch i.node join fetch i.division "
                + "where e.round = ?1 order by i.code", round);
    }

    public static Optional<Entry> ofRound(CollectionRound round, String indicatorCode) {
        return find("from Entry e join fetch e.indicator i join fetch i.node join fetch i.division "
                + "where e.round = ?1 and i.code = ?2", round, indicatorCode).firstResultOptional();
    }

    /**
     * The entries that count as realised in the agency's rounds of a year before the given quarter:
     * verified, or locked by an approval.
     */
    public static List<Entry> realisedBefore(String agencyCode, int year, int quarter) {
        return list("from Entry e join fetch e.round r where r.agencyCode = ?1 and r.year = ?2 and r.quarter < ?3 "
                + "and e.state in ?4 order by r.quarter", agencyCode, year, quarter,
                List.of(EntryState.VERIFIED, EntryState.LOCKED));
    }
}
