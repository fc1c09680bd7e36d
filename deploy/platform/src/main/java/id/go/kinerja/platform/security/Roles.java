package id.go.kinerja.platform.security;

/** The roles of DESIGN.md §4, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String OPERATOR = "OPERATOR";
    public static final String DIVISION_HEAD = "DIVISION_HEAD";
    public static final String SAKIP_TEAM = "SAKIP_TEAM";
    public static final String SECRETARY = "SECRETARY";
    public static final String HEAD = "HEAD";
    public static final String ADMIN = "ADMIN";
    public static final String INTEGRATION = "INTEGRATION";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
