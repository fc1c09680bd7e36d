package id.go.kinerja.approval.recap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One measured document exactly as measurement-service sent it (its {@code RecapMeasured} payload), kept
 * for every revision and measurement received. Never changed: the database refuses it too.
 */
@Entity
@Table(name = "measured_document")
@Immutable
public class MeasuredDocument extends PanacheEntityBase {

    @EmbeddedId
    public DocumentKey key;
    public UUID eventId;
    public Instant measuredAt;
    public Instant receivedAt;
    public int itemCount;
    public BigDecimal headlineAchievement;
    /** Loaded only when read: a recap of 2,000 indicators is a document of about a megabyte. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    protected MeasuredDocument() {
    }

    MeasuredDocument(DocumentKey key, UUID eventId, Instant measuredAt, Instant receivedAt, int itemCount,
                     BigDecimal headlineAchievement, String document) {
        this.key = key;
        this.eventId = eventId;
        this.measuredAt = measuredAt;
        this.receivedAt = receivedAt;
        this.itemCount = itemCount;
        this.headlineAchievement = headlineAchievement;
        this.document = document;
    }

    public static Optional<MeasuredDocument> of(DocumentKey key) {
        return findByIdOptional(key);
    }

    /** The latest measurement of a revision: what a reader means by "revision n". */
    public static Optional<MeasuredDocument> latestOf(UUID recapId, int revision) {
        return find("key.recapId = ?1 and key.revision = ?2 order by key.measuredRevision desc", recapId, revision)
                .firstResultOptional();
    }

    public ObjectNode json() {
        return DocumentJson.read(document);
    }
}
