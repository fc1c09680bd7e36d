package id.go.kinerja.platform.security;

import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.AccessDenied;
import id.go.kinerja.platform.problem.PlatformProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, read from the verified token: who they are, the agency all
 * their queries are scoped to, and (for operators and division heads) their division.
 */
@RequestScoped
public class Caller {

    /** Roles that act for a single division only. */
    private static final Set<String> DIVISION_ROLES = Set.of(Roles.OPERATOR, Roles.DIVISION_HEAD);

    /**
     * Roles that grant rights over the whole agency (README.md, roles). REGENCY_AUDITOR is not one of them: it reads
     * the regency-wide export and nothing of an agency, so it widens no division-bound right. Any other group in
     * the token (Keycloak's {@code default-roles-<realm>}, {@code offline_access}, …) grants nothing and is ignored.
     */
    private static final Set<String> AGENCY_WIDE_ROLES = Set.of(Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD,
            Roles.ADMIN, Roles.INTEGRATION, Roles.AUDITOR);

    @Inject
    JsonWebToken token;

    public String userId() {
        return token.getSubject();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }

    /** Every query is scoped to this agency; a token without one is refused before it reaches a query. */
    public String agencyCode() {
        String agency = token.getClaim("agency");
        if (agency == null || agency.isBlank()) {
            throw new AccessDenied(PlatformProblem.AGENCY_CLAIM_MISSING);
        }
        return agency;
    }

    public String divisionCode() {
        return token.getClaim("division");
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /**
     * True when the caller acts for one division only: an operator or division head who holds no
     * agency-wide role besides.
     */
    public boolean isDivisionBound() {
        return isDivisionBound(roles());
    }

    /**
     * The rule behind {@link #isDivisionBound()}: it follows from the roles that grant rights, never from the absence
     * of other groups. Such a caller must carry a division ({@link DivisionClaimFilter} refuses them otherwise).
     */
    public static boolean isDivisionBound(Set<String> roles) {
        return roles.stream().anyMatch(DIVISION_ROLES::contains) && roles.stream().noneMatch(AGENCY_WIDE_ROLES::contains);
    }

    /** Refuses when a division-bound caller reaches for another division's data. */
    public void requireDivision(String divisionCode) {
        if (isDivisionBound() && !divisionCode.equals(divisionCode())) {
            throw new AccessDenied(PlatformProblem.ENTRY_NOT_IN_YOUR_DIVISION, divisionCode, divisionCode());
        }
    }

    /** The actor recorded on events and history, in the given role. */
    public Actor as(String role) {
        return new Actor(userId(), role);
    }
}
