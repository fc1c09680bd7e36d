package id.go.kinerja.web.session;

import java.util.Map;

/** The roles of the services' tokens (groups claim), with the names the people of the SOP know them by. */
public final class Role {

    public static final String OPERATOR = "OPERATOR";
    public static final String DIVISION_HEAD = "DIVISION_HEAD";
    public static final String SAKIP_TEAM = "SAKIP_TEAM";
    public static final String SECRETARY = "SECRETARY";
    public static final String HEAD = "HEAD";
    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";
    public static final String REGENCY_AUDITOR = "REGENCY_AUDITOR";

    private static final Map<String, String> INDONESIAN = Map.of(
            OPERATOR, "Operator",
            DIVISION_HEAD, "Kepala Bidang",
            SAKIP_TEAM, "Tim SAKIP",
            SECRETARY, "Sekretaris",
            HEAD, "Kepala Dinas",
            ADMIN, "Administrator",
            AUDITOR, "Auditor",
            REGENCY_AUDITOR, "Auditor Kabupaten");

    private Role() {
    }

    static boolean known(String role) {
        return INDONESIAN.containsKey(role);
    }

    public static String indonesianName(String role) {
        return INDONESIAN.getOrDefault(role, role);
    }
}
