package id.go.kinerja.systemtest.security;

import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import java.util.List;

/**
 * Tenant isolation (broken object level authorisation across agencies): agency B's people, in every role, on
 * every operation. Where the path names one of A's resources by id, B gets no success and, where A's own
 * people in the same role read it, exactly 404 (never a 403 or 409 that tells the id exists); where B reads a
 * list or a document of its own, none of A's ids is in it.
 */
final class CrossAgencyAccess {

    private static final String BY_ID = "agency: another agency's ids";
    private static final String IN_LISTS = "agency: leaks through reads";
    private static final List<String> AGENCY_ROLES = List.of("HEAD", "SECRETARY", "SAKIP_TEAM", "ADMIN", "INTEGRATION",
            "AUDITOR");
    private static final List<String> DIVISION_ROLES = List.of("OPERATOR", "DIVISION_HEAD");

    private final Suite suite;
    private final Resources a;

    CrossAgencyAccess(Suite suite) {
        this.suite = suite;
        this.a = suite.agencies().open;
    }

    void run() {
        for (Operation operation : suite.operations()) {
            boolean byId = a.namesOwnResource(operation);
            if (!byId && !operation.method().equals("GET")) {
                continue;
            }
            for (String role : AGENCY_ROLES) {
                check(operation, byId, role, DevTokens.mint(role, Agencies.B), DevTokens.mint(role, Agencies.A));
            }
            for (String role : DIVISION_ROLES) {
                check(operation, byId, role, DevTokens.mint(role, Agencies.B, Agencies.OTHER_DIVISION),
                        DevTokens.mint(role, Agencies.A, Agencies.OTHER_DIVISION));
            }
        }
    }

    private void check(Operation operation, boolean byId, String role, String agencyB, String agencyA) {
        Probe.Answer answer = suite.send(byId ? BY_ID : IN_LISTS, suite.call(operation, a, agencyB)
                .labelled(role + " of " + Agencies.B));
        String what = operation + " as " + role + " of " + Agencies.B;
        if (!byId) {
            if (answer.succeeded()) {
                a.ownIds().stream().filter(answer.text()::contains).findFirst().ifPresent(id ->
                        suite.violation(IN_LISTS, what + " shows " + Agencies.A + "'s id " + id));
            }
            return;
        }
        if (answer.succeeded() || answer.status() == 409) {
            suite.violation(BY_ID, what + " on " + Agencies.A + "'s resource: " + answer.describe());
        } else if (operation.method().equals("GET") && answer.status() != 404) {
            Probe.Answer own = suite.send(BY_ID, suite.call(operation, a, agencyA).labelled(role + " of " + Agencies.A));
            if (own.succeeded()) {
                suite.violation(BY_ID, what + ": " + answer.status() + " where " + Agencies.A + "'s " + role
                        + " reads it; another agency's resource must answer 404");
            }
        }
    }
}
