package id.go.kinerja.web.session;

import java.util.List;
import java.util.Optional;

/**
 * The demo agency's people the dev sign-in offers: one per role and per division, the same user names as the
 * example users of the shipped Keycloak realm ({@code deploy/identity/kinerja-realm.json}).
 */
public final class DevPeople {

    public static final String AGENCY = "DISDAGTRANS";

    /** One person of the demo agency; {@code division} only for operators and division heads. */
    public record DevPerson(String userName, String name, String role, String agency, String division) {

        public String roleName() {
            return Role.indonesianName(role);
        }
    }

    private static final List<DevPerson> PEOPLE = List.of(
            new DevPerson("kepala.disdagtrans", "Ir. Hendra Wijaya", Role.HEAD, AGENCY, null),
            new DevPerson("sekretaris.disdagtrans", "Dra. Sri Lestari", Role.SECRETARY, AGENCY, null),
            new DevPerson("tim.sakip.disdagtrans", "Agus Santoso", Role.SAKIP_TEAM, AGENCY, null),
            new DevPerson("kabid.sekretariat", "Rina Marlina", Role.DIVISION_HEAD, AGENCY, "SEKRETARIAT"),
            new DevPerson("kabid.perdagangan", "Bambang Hartono", Role.DIVISION_HEAD, AGENCY, "PERDAGANGAN"),
            new DevPerson("kabid.metrologi", "Yuliana Siregar", Role.DIVISION_HEAD, AGENCY, "METROLOGI"),
            new DevPerson("kabid.transmigrasi", "Joko Prasetyo", Role.DIVISION_HEAD, AGENCY, "TRANSMIGRASI"),
            new DevPerson("operator.sekretariat", "Dewi Anggraini", Role.OPERATOR, AGENCY, "SEKRETARIAT"),
            new DevPerson("operator.perdagangan", "Budi Setiawan", Role.OPERATOR, AGENCY, "PERDAGANGAN"),
            new DevPerson("operator.metrologi", "Siti Nurhaliza", Role.OPERATOR, AGENCY, "METROLOGI"),
            new DevPerson("operator.transmigrasi", "Andi Saputra", Role.OPERATOR, AGENCY, "TRANSMIGRASI"),
            new DevPerson("admin.disdagtrans", "Administrator Dinas", Role.ADMIN, AGENCY, null),
            new DevPerson("auditor.inspektorat", "Auditor Inspektorat", Role.AUDITOR, AGENCY, null),
            new DevPerson("auditor.inspektorat.kabupaten", "Auditor Inspektorat Kabupaten", Role.REGENCY_AUDITOR,
                    "INSPEKTORAT", null));

    private DevPeople() {
    }

    public static List<DevPerson> all() {
        return PEOPLE;
    }

    public static Optional<DevPerson> byUserName(String userName) {
        return PEOPLE.stream().filter(person -> person.userName().equals(userName)).findFirst();
    }
}
