package id.go.kinerja.measurement.recap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One measurement of one revision of a recap. Written once and never changed. */
@Entity
@Immutable
@Table(name = "measurement")
public class Measurement extends PanacheEntityBase {

    /** What caused a measurement. */
    public enum Trigger {
        /** Collection submitted the revision. */
        SUBMITTED,
        /** The team asked for it after fixing methodologies. */
        REMEASURED
    }

    @Id
    public UUID id;

    @Column(name = "recap_id")
    public UUID recapId;

    public int revision;

    @Column(name = "measured_revision")
    public int measuredRevision;

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    /** Whether it went to the Secretary; a measurement with indicators missing a methodology is held back. */
    public boolean forwarded;

    @Column(name = "measured_at")
    public Instant measuredAt;

    @Column(name = "measured_by")
    public String measuredBy;

    @Column(name = "headline_achievement")
    public BigDecimal headlineAchievement;

    @Column(name = "missing_methodologies")
    public int missingMethodologies;

    /** The {@link RecapMeasured} payload, results included. */
    @Basic(fetch = FetchType.LAZY)
    public String document;

    RecapMeasured content() {
        return DocumentJson.readStored(document, RecapMeasured.class);
    }

    static Optional<Measurement> latestOf(UUID recapId, int revision) {
        return find("recapId = ?1 and revision = ?2 order by measuredRevision desc", recapId, revision)
                .firstResultOptional();
    }

    static Optional<Measurement> of(UUID recapId, int revision, int measuredRevision) {
        return find("recapId = ?1 and revision = ?2 and measuredRevision = ?3", recapId, revision, measuredRevision)
                .firstResultOptional();
    }

    /** Every measurement of the recap, oldest first, without loading the documents. */
    static List<MeasurementHistory> historyOf(UUID recapId) {
        return find("recapId = ?1 order by revision, measuredRevision", recapId).project(MeasurementHistory.class).list();
    }
}
