package id.go.kinerja.collection.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.UUID;

/** A division of an agency (Sekretariat or a Bidang); operators and division heads belong to one. */
@Entity
@Table(name = "division")
public class Division extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    public String code;

    public String name;

    @Version
    public long version;

    public static Division create(String agencyCode, String code, String name) {
        Division division = new Division();
        division.id = UUID.randomUUID();
        division.agencyCode = agencyCode;
        division.code = code;
        division.name = name;
        division.persist();
        return division;
    }

    public static Optional<Division> findByCode(String agencyCode, String code) {
        return find("agencyCode = ?1 and code = ?2", agencyCode, code).firstResultOptional();
    }
}
