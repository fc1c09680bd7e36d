package id.go.kinerja.approval.review;

import id.go.kinerja.approval.recap.DocumentKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Secretary's decision on one item of one measured document. It may change while that document is
 * under review; once the review concluded (returned or approved) it is final.
 */
@Entity
@Table(name = "item_decision")
public class ItemDecision extends PanacheEntityBase {

    @Id
    public UUID id;
    @Embedded
    public DocumentKey document;
    public String indicatorCode;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String reason;
    @Enumerated(EnumType.STRING)
    public ReturnTo returnTo;
    public String decidedBy;
    public Instant decidedAt;
    @Version
    public long version;

    protected ItemDecision() {
    }

    ItemDecision(DocumentKey document, String indicatorCode) {
        this.id = UUID.randomUUID();
        this.document = document;
        this.indicatorCode = indicatorCode;
    }

    void decide(Decision decision, String reason, ReturnTo returnTo, String decidedBy, Instant decidedAt) {
        this.decision = decision;
        this.reason = reason;
        this.returnTo = returnTo;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** Every decision on the given document. */
    public static List<ItemDecision> on(DocumentKey document) {
        return list("document.recapId = ?1 and document.revision = ?2 and document.measuredRevision = ?3",
                document.recapId(), document.revision(), document.measuredRevision());
    }

    public static Optional<ItemDecision> on(DocumentKey document, String indicatorCode) {
        return find("document.recapId = ?1 and document.revision = ?2 and document.measuredRevision = ?3"
                        + " and indicatorCode = ?4",
                document.recapId(), document.revision(), document.measuredRevision(), indicatorCode)
                .firstResultOptional();
    }

    /** Every decision on any document of the recap. */
    public static List<ItemDecision> ofRecap(UUID recapId) {
        return list("document.recapId = ?1", recapId);
    }
}
