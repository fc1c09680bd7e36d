package id.go.kinerja.measurement.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The measurement of one agency's period (SOP part B), opened by the Head's memo (B1). */
@Entity
@Table(name = "measurement_round")
public class MeasurementRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    public int year;

    public int quarter;

    @Column(name = "opened_at")
    public Instant openedAt;

    static Optional<MeasurementRound> of(String agencyCode, int year, int quarter) {
        return find("agencyCode = ?1 and year = ?2 and quarter = ?3", agencyCode, year, quarter).firstResultOptional();
    }

    /** Locked until the transaction ends: the round's steps change one request or event at a time. */
    static Optional<MeasurementRound> locked(String agencyCode, int year, int quarter) {
        return find("agencyCode = ?1 and year = ?2 and quarter = ?3", agencyCode, year, quarter)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    String period() {
        return year + " Q" + quarter;
    }
}
