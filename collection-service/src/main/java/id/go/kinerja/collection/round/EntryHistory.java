package id.go.kinerja.collection.round;

import id.go.kinerja.platform.events.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One step in the life of an entry: who did what, when, with which value or reason. */
@Entity
@Table(name = "entry_history")
public class EntryHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entry_history_seq")
    @SequenceGenerator(name = "entry_history_seq", sequenceName = "entry_history_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    public Entry entry;

    public String action;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_role")
    public String actorRole;

    public Instant at;

    public BigDecimal value;

    public String grade;

    public String note;

    @Column(name = "no_data_reason")
    public String noDataReason;

    public String reason;

    static void record(Entry entry, String action, Actor actor, Instant at, String reason) {
        step(entry, action, actor, at, reason).persist();
    }

    /** The step with the entry's value as it is now, not yet persisted. */
    static EntryHistory step(Entry entry, String action, Actor actor, Instant at, String reason) {
        EntryHistory step = new EntryHistory();
        step.entry = entry;
        step.action = action;
        step.actorId = actor.userId();
        step.actorRole = actor.role();
        step.at = at;
        step.value = entry.value;
        step.grade = entry.grade;
        step.note = entry.note;
        step.noDataReason = entry.noDataReason;
        step.reason = reason;
        return step;
    }

    static List<EntryHistory> of(Entry entry) {
        return list("entry = ?1 order by id", entry);
    }
}
