package id.go.kinerja.infrastructure;

import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tokens an operator or a division head may arrive with, for tests that every division-scoped operation treats
 * them alike: as the dev minter makes it, as the shipped Keycloak realm issues it (with its default groups), and
 * the realm's token without a division or with a blank one (both must be refused everywhere).
 */
public enum DivisionToken {

    PLAIN(false, true),
    WITH_REALM_GROUPS(true, true),
    WITHOUT_DIVISION(true, false),
    BLANK_DIVISION(true, false);

    /** The outcome of a request refused with 403 problem+json because the token names no division. */
    public static final String REFUSED_FOR_NO_DIVISION = "403 no division";

    private final boolean realmGroups;
    private final boolean namesDivision;

    DivisionToken(boolean realmGroups, boolean namesDivision) {
        this.realmGroups = realmGroups;
        this.namesDivision = namesDivision;
    }

    /** True when the token names the division, so the caller acts for it; false when it must be refused. */
    public boolean namesDivision() {
        return namesDivision;
    }

    public String mint(String role, String agency, String division) {
        Set<String> groups = realmGroups ? KeycloakRealm.groupsOf(role) : Set.of(role);
        String user = role.toLowerCase() + "." + division.toLowerCase() + "@" + agency.toLowerCase();
        JwtClaimsBuilder claims = DevTokens.claims(groups, agency, namesDivision ? division : null, user);
        if (this == BLANK_DIVISION) {
            claims.claim("division", " ");
        }
        return DevTokens.sign(claims);
    }

    /**
     * Runs every operation (token → outcome) with every kind of token of {@code role} in {@code division}: a token
     * naming the division must give the expected outcome, one without must give {@link #REFUSED_FOR_NO_DIVISION}.
     * Returns what differed, by role, kind and operation; empty when all held.
     */
    public static Map<String, String> mismatches(String role, String agency, String division,
                                                 Map<String, Function<String, String>> operations,
                                                 Map<String, String> expected) {
        if (!expected.keySet().equals(operations.keySet())) {
            throw new IllegalArgumentException("an expectation for every operation: " + operations.keySet());
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        for (DivisionToken kind : values()) {
            String token = kind.mint(role, agency, division);
            operations.forEach((operation, call) -> {
                String outcome = call.apply(token);
                String wanted = kind.namesDivision() ? expected.get(operation) : REFUSED_FOR_NO_DIVISION;
                if (!wanted.equals(outcome)) {
                    wrong.put(role + " " + kind + ": " + operation, outcome + " (expected " + wanted + ")");
                }
            });
        }
        return wrong;
    }

    /** The outcome of an answer for {@link #mismatches}: its status, or {@link #REFUSED_FOR_NO_DIVISION}. */
    public static String outcome(int status, String contentType, String detail) {
        return status == 403 && contentType.startsWith("application/problem+json") && detail != null
                && detail.contains("names no division") ? REFUSED_FOR_NO_DIVISION : String.valueOf(status);
    }
}
