package id.go.kinerja.systemtest.security;

import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import java.util.List;

/**
 * The machine account (INTEGRATION) reads back its own agency's measured results and archived records, pulled by
 * updatedSince, and nothing of another agency; it writes nothing in measurement or the archive (docs/integration.md).
 * A's machine account reads A's archived Q1 recap and its record, each list by updatedSince holds A's id; B's machine
 * account gets 404 on A's ids and none of them in its lists; every measurement and archive operation that is not a
 * read answers A's machine account 403.
 */
final class IntegrationReads {

    private static final String OWN = "integration: reads its own agency";
    private static final String WRITES = "integration: no writes in measurement or archive";
    private static final String SINCE = "?updatedSince=2000-01-01T00:00:00Z&size=" + 200;

    private final Suite suite;
    private final Resources a;

    IntegrationReads(Suite suite) {
        this.suite = suite;
        this.a = suite.agencies().archived;
    }

    void run() {
        String ownToken = DevTokens.mint("INTEGRATION", Agencies.A);
        String otherToken = DevTokens.mint("INTEGRATION", Agencies.B);
        for (String[] read : List.of(new String[] {"/api/measurement/recaps", "/api/measurement/recaps/{recapId}", a.recapId()},
                new String[] {"/api/archive/records", "/api/archive/records/{archiveId}", a.archiveId()})) {
            Operation list = suite.operation("GET", read[0]);
            Operation one = suite.operation("GET", read[1]);
            Probe.Answer ownList = suite.send(OWN, suite.requests().call(list, read[0] + SINCE, ownToken, "application/json")
                    .labelled("INTEGRATION of " + Agencies.A));
            if (!ownList.succeeded() || !ownList.text().contains(read[2])) {
                suite.violation(OWN, read[0] + SINCE + " as A's machine account lacks A's " + read[2] + ": "
                        + ownList.describe());
            }
            Probe.Answer ownOne = suite.send(OWN, suite.call(one, a, ownToken).labelled("INTEGRATION of " + Agencies.A));
            if (!ownOne.succeeded()) {
                suite.violation(OWN, one + " as A's machine account: " + ownOne.describe());
            }
            Probe.Answer otherList = suite.send(OWN, suite.requests().call(list, read[0] + SINCE, otherToken,
                    "application/json").labelled("INTEGRATION of " + Agencies.B));
            if (!otherList.succeeded() || otherList.text().contains(read[2])) {
                suite.violation(OWN, read[0] + SINCE + " as B's machine account shows A's " + read[2] + " or fails: "
                        + otherList.describe());
            }
            Probe.Answer otherOne = suite.send(OWN, suite.call(one, a, otherToken).labelled("INTEGRATION of " + Agencies.B));
            if (otherOne.status() != 404) {
                suite.violation(OWN, one + " on A's " + read[2] + " as B's machine account: " + otherOne.describe()
                        + "; another agency's resource must answer 404");
            }
        }
        for (Operation operation : suite.operations()) {
            boolean measurementOrArchive = operation.path().startsWith("/api/measurement/")
                    || operation.path().startsWith("/api/archive/");
            if (measurementOrArchive && !operation.method().equals("GET")) {
                Probe.Answer answer = suite.send(WRITES, suite.call(operation, a, ownToken).labelled("INTEGRATION"));
                if (answer.status() != 403) {
                    suite.violation(WRITES, operation + " as A's machine account: " + answer.describe());
                }
            }
        }
    }
}
