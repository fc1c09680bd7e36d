package id.go.kinerja.approval.review;

import id.go.kinerja.approval.recap.DocumentKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A concluded review of one measured document: who returned or approved it, when, and the overall note.
 * Its per-item decisions are the {@link ItemDecision}s on the same document. Never changed afterwards.
 */
@Entity
@Table(name = "review")
@Immutable
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;
    @Embedded
    public DocumentKey document;
    @Enumerated(EnumType.STRING)
    public ReviewOutcome decision;
    public String decidedBy;
    public Instant decidedAt;
    public String note;

    protected Review() {
    }

    Review(DocumentKey document, ReviewOutcome decision, String decidedBy, Instant decidedAt, String note) {
        this.id = UUID.randomUUID();
        this.document = document;
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.note = note;
    }

    /** Every review of the recap, oldest first. */
    public static List<Review> ofRecap(UUID recapId) {
        return list("document.recapId = ?1 order by decidedAt, document.revision, document.measuredRevision", recapId);
    }
}
