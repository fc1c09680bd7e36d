package id.go.kinerja.collection.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agency (Perangkat Daerah). Its code comes from the tokens; the name is master data set by the admin. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Version
    public long version;

    /** The agency's name as recorded, or null when the admin has not named it yet. */
    public static String nameOf(String agencyCode) {
        Agency agency = findById(agencyCode);
        return agency == null ? null : agency.name;
    }

    public static void rename(String agencyCode, String name) {
        Agency agency = findById(agencyCode);
        if (agency == null) {
            agency = new Agency();
            agency.code = agencyCode;
            agency.name = name;
            agency.persist();
        } else {
            agency.name = name;
        }
    }
}
