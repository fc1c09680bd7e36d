package id.go.kinerja.platform.security;

/**
 * The roles of README.md, as they appear in the token's {@code groups} claim, and the one regency-level
 * role, {@link #REGENCY_AUDITOR}.
 */
public final class Roles {

    public static final String OPERATOR = "OPERATOR";
    public static final String DIVISION_HEAD = "DIVISION_HEAD";
    public static final String SAKIP_TEAM = "SAKIP_TEAM";
    public static final String SECRETARY = "SECRETARY";
    public static final String HEAD = "HEAD";
    public static final String ADMIN = "ADMIN";
    public static final String INTEGRATION = "INTEGRATION";
    public static final String AUDITOR = "AUDITOR";
    /**
     * The regency's Inspectorate or Bappeda (Inspektorat / Bappeda kabupaten): reads the archived results of every
     * agency through the regency-wide export of archive-service, and nothing else anywhere (docs/architecture.md).
     */
    public static final String REGENCY_AUDITOR = "REGENCY_AUDITOR";

    private Roles() {
    }
}
