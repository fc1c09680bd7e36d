package id.go.kinerja.collection.recap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One submitted revision of a recap, kept exactly as it was published, and the Secretary's return of it. */
@Entity
@Table(name = "recap_revision")
public class RecapRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recap_id")
    public Recap recap;

    public int revision;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The RecapSubmitted event of this revision as it went out (envelope and payload). */
    @Column(columnDefinition = "text")
    public String content;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "return_note")
    public String returnNote;

    /** The returned items as JSON: [{indicatorCode, reason, returnTo}]. */
    @Column(name = "return_items", columnDefinition = "text")
    public String returnItems;

    static void record(Recap recap, int revision, UUID eventId, String submittedBy, Instant submittedAt, String content) {
        RecapRevision row = new RecapRevision();
        row.id = UUID.randomUUID();
        row.recap = recap;
        row.revision = revision;
        row.eventId = eventId;
        row.submittedBy = submittedBy;
        row.submittedAt = submittedAt;
        row.content = content;
        row.persist();
    }

    /** The Secretary's return of this revision (SOP A10), with the returned items as JSON. */
    void returned(String by, Instant at, String note, String items) {
        this.returnedBy = by;
        this.returnedAt = at;
        this.returnNote = note;
        this.returnItems = items;
    }

    static List<RecapRevision> of(Recap recap) {
        return list("recap = ?1 order by revision", recap);
    }

    static Optional<RecapRevision> of(Recap recap, int revision) {
        return find("recap = ?1 and revision = ?2", recap, revision).firstResultOptional();
    }
}
