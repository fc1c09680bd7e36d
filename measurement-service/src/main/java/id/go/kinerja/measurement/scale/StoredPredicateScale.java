package id.go.kinerja.measurement.scale;

import id.go.kinerja.measurement.engine.PredicateScale;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A predicate scale as stored: never changed once saved, since results name the scale they used.
 * An agency adopts another scale by adding one with a later effective date.
 */
@Entity
@Immutable
@Table(name = "predicate_scale")
public class StoredPredicateScale extends PanacheEntityBase {

    /** The default scale of docs/measurement.md 4, loaded by the migration. */
    public static final UUID DEFAULT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Id
    public UUID id;

    /** Null for the default scale, which applies to every agency until it adopts its own. */
    @Column(name = "agency_code")
    public String agencyCode;

    public String name;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "predicate_band", joinColumns = @JoinColumn(name = "scale_id"))
    @OrderColumn(name = "position")
    public List<Band> bands = new ArrayList<>();

    @Embeddable
    public static class Band {

        public String name;

        @Column(name = "lower_bound")
        public BigDecimal lowerBound;

        @Column(name = "upper_bound")
        public BigDecimal upperBound;

        protected Band() {
        }

        Band(PredicateScale.Band band) {
            name = band.name();
            lowerBound = band.lowerBound();
            upperBound = band.upperBound();
        }
    }

    /** The engine's scale; valid, since only scales the engine accepted are stored. */
    public PredicateScale toScale() {
        return new PredicateScale(name, effectiveFrom,
                bands.stream().map(band -> new PredicateScale.Band(band.name, band.lowerBound, band.upperBound)).toList());
    }

    /** The default scale and the agency's own, oldest first. */
    static List<StoredPredicateScale> visibleTo(String agencyCode) {
        return list("agencyCode is null or agencyCode = ?1 order by effectiveFrom, createdAt", agencyCode);
    }
}
