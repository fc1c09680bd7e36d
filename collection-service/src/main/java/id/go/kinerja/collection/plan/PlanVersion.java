package id.go.kinerja.collection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A published plan document (Renstra, PK, PK Perubahan) of an agency. Its content lives in the
 * plan_version_* snapshot tables ({@link PlanSnapshots}); the database refuses any change to either.
 */
@Entity
@Immutable
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    public PlanVersionKind kind;

    @Column(name = "year_from")
    public int yearFrom;

    @Column(name = "year_to")
    public int yearTo;

    public int number;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    public String reason;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    public boolean covers(int year) {
        return yearFrom <= year && year <= yearTo;
    }

    public static Optional<PlanVersion> ofAgency(UUID id, String agencyCode) {
        return PlanVersion.<PlanVersion>findByIdOptional(id).filter(version -> version.agencyCode.equals(agencyCode));
    }

    /** The performance agreement a round of the year is measured against: the last PK Perubahan, else the PK. */
    public static Optional<PlanVersion> agreementOf(String agencyCode, int year) {
        return PlanVersion.<PlanVersion>list("agencyCode = ?1 and yearFrom = ?2 and kind in ?3", agencyCode, year,
                        List.of(PlanVersionKind.PK, PlanVersionKind.PK_PERUBAHAN)).stream()
                .max(Comparator.comparing((PlanVersion version) -> version.kind == PlanVersionKind.PK_PERUBAHAN)
                        .thenComparingInt(version -> version.number));
    }

    public PlanVersionRef ref() {
        return new PlanVersionRef(id, kind, number);
    }
}
