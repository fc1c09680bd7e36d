package id.go.kinerja.measurement.methodology;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An indicator (indikator kinerja) of one agency as measurement knows it: its name from the latest
 * recap (or the published plan, before any recap) and which methodology version is current. {@code currentVersion} 0
 * means it has none yet.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "indicator_code")
    public String code;

    @Column(name = "indicator_name")
    public String name;

    public String unit;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** False while only the published plan made the indicator known: no recap brought it yet. */
    @Column(name = "in_recap")
    public boolean inRecap = true;

    @Version
    public long version;

    static Indicator create(String agencyCode, String code, String name, String unit, Instant now) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.agencyCode = agencyCode;
        indicator.code = code;
        indicator.name = name;
        indicator.unit = unit;
        indicator.updatedAt = now;
        return indicator;
    }

    static Optional<Indicator> of(String agencyCode, String code) {
        return find("agencyCode = ?1 and code = ?2", agencyCode, code).firstResultOptional();
    }

    /** An indicator only the published plan made known (no recap yet). */
    static Indicator fromPlan(String agencyCode, String code, String name, String unit, Instant now) {
        Indicator indicator = create(agencyCode, code, name, unit, now);
        indicator.inRecap = false;
        return indicator;
    }

    /** An indicator as read, not managed: measuring a recap of 2,000 known indicators changes none of them. */
    record Known(UUID id, String name, String unit, boolean inRecap) {
    }

    static Map<String, Known> knownOf(String agencyCode) {
        Map<String, Known> known = new HashMap<>();
        getEntityManager()
                .createQuery("select i.code, i.id, i.name, i.unit, i.inRecap from Indicator i where i.agencyCode = :agency",
                        Object[].class)
                .setParameter("agency", agencyCode)
                .getResultList()
                .forEach(row -> known.put((String) row[0], new Known((UUID) row[1], (String) row[2], (String) row[3],
                        (Boolean) row[4])));
        return known;
    }

    boolean hasMethodology() {
        return currentVersion > 0;
    }
}
