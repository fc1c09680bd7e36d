package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.StepRecord;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One SOP step of a collection round in one cycle (a return of the recap starts the next cycle at A6). */
@Entity
@Table(name = "sop_step")
public class SopStep extends PanacheEntityBase implements StepRecord<CollectionStep> {

    static final Comparator<SopStep> SOP_ORDER = Comparator.<SopStep, CollectionStep>comparing(row -> row.step)
            .thenComparingInt(row -> row.cycle);

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    public CollectionStep step;

    public int cycle;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_role")
    public String doneRole;

    /** JSON. */
    public String output;

    /** Written only by the overdue check's guarded update, so a step's own update never overwrites it. */
    @Column(name = "overdue_at", insertable = false, updatable = false)
    public Instant overdueAt;

    static SopStep create(UUID roundId, String agencyCode, CollectionStep step, int cycle) {
        SopStep row = new SopStep();
        row.id = UUID.randomUUID();
        row.roundId = roundId;
        row.agencyCode = agencyCode;
        row.step = step;
        row.cycle = cycle;
        row.persist();
        return row;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public UUID roundId() {
        return roundId;
    }

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public CollectionStep step() {
        return step;
    }

    @Override
    public int cycle() {
        return cycle;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public Instant endedAt() {
        return endedAt;
    }

    @Override
    public Instant overdueReportedAt() {
        return overdueAt;
    }

    /** Every row of the round, in the SOP's order and cycle by cycle. */
    static List<SopStep> ofRound(UUID roundId) {
        return SopStep.<SopStep>list("roundId", roundId).stream().sorted(SOP_ORDER).toList();
    }

    /** The latest cycle's row of each step of the round. */
    static Map<CollectionStep, SopStep> current(UUID roundId) {
        Map<CollectionStep, SopStep> current = new EnumMap<>(CollectionStep.class);
        for (SopStep row : ofRound(roundId)) {
            current.put(row.step, row);
        }
        return current;
    }

    /** The running steps of an agency, or of every agency when {@code agencyCode} is null. */
    static List<SopStep> running(String agencyCode) {
        return agencyCode == null
                ? list("startedAt is not null and endedAt is null")
                : list("agencyCode = ?1 and startedAt is not null and endedAt is null", agencyCode);
    }
}
