package id.go.kinerja.systemtest.security;

import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Division separation (issue 13, item 1): every operation, pointed at another division's data of agency A, called
 * by an operator and a division head of {@link Agencies#OWN_DIVISION} with
 * <ul>
 *   <li>the plain token ({@code groups: [ROLE]}) and the token the shipped Keycloak realm issues (the role plus the
 *       realm's default groups): both must get the same answer, and where it is a success, see the same codes;</li>
 *   <li>no division claim, and a blank one: 403 problem+json on every operation;</li>
 * </ul>
 * and an entry or evidence of another division never answers the plain token with a success.
 */
final class DivisionMatrix {

    private static final String SAME_AS_PLAIN = "division: realm groups change nothing";
    private static final String UNBOUND = "division: missing or blank refused";
    private static final String OTHER_DIVISION = "division: other division's entries";

    private final Suite suite;
    private final Resources open;

    DivisionMatrix(Suite suite) {
        this.suite = suite;
        this.open = suite.agencies().open;
    }

    void run() {
        for (Operation operation : suite.operations()) {
            for (String role : List.of("OPERATOR", "DIVISION_HEAD")) {
                check(operation, role);
            }
        }
    }

    private void check(Operation operation, String role) {
        String plainToken = Tokens.sign(Tokens.claims(List.of(role), Agencies.A, Agencies.OWN_DIVISION));
        String realmToken = Tokens.sign(Tokens.claims(suite.tokens().withRealmDefaults(role), Agencies.A, Agencies.OWN_DIVISION));
        Probe.Answer plain = suite.send(SAME_AS_PLAIN, suite.call(operation, open, plainToken).labelled(role));
        Probe.Answer realm = suite.send(SAME_AS_PLAIN, suite.call(operation, open, realmToken)
                .labelled(role + " + " + suite.tokens().realmDefaultGroups()));
        String what = operation + " as " + role + " of " + Agencies.OWN_DIVISION;
        if (plain.status() != realm.status()) {
            suite.violation(SAME_AS_PLAIN, what + ": plain token " + plain.status() + ", with the realm's groups "
                    + realm.describe());
        } else if (plain.succeeded() && !visibleCodes(plain).equals(visibleCodes(realm))) {
            suite.violation(SAME_AS_PLAIN, what + ": plain token sees " + visibleCodes(plain)
                    + ", with the realm's groups " + visibleCodes(realm));
        }
        if (operation.path().contains("/entries/") && plain.succeeded()) {
            suite.violation(OTHER_DIVISION, what + " reached " + Agencies.OTHER_DIVISION + "'s "
                    + Agencies.OTHER_INDICATOR + ": " + plain.describe());
        }
        for (String division : new String[] {null, ""}) {
            String label = division == null ? "no division" : "division \"\"";
            Probe.Answer unbound = suite.send(UNBOUND, suite.requests().call(operation, open,
                    Tokens.sign(Tokens.claims(List.of(role), Agencies.A, division))).labelled(role + ", " + label));
            if (unbound.status() != 403 || !unbound.isProblem()) {
                suite.violation(UNBOUND, operation + " as " + role + " with " + label + ": " + unbound.describe());
            }
        }
    }

    /** The plan's indicator and division codes an answer mentions: what the caller was shown. */
    private Set<String> visibleCodes(Probe.Answer answer) {
        String text = answer.text();
        Set<String> codes = new TreeSet<>();
        for (String code : suite.agencies().planCodes) {
            if (text.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }
}
