package id.go.kinerja.systemtest.security;

import id.go.kinerja.systemtest.SystemUnderTest.Service;
import java.util.List;

/**
 * The refusals the HTTP layer sends before any resource runs: a body over the limit (413), a URL too long (414),
 * headers too large (431). They must be problem+json like every other error; a dropped connection is no answer.
 */
final class HttpLimits {

    private static final String CHECK = "HTTP limits";
    /** Larger than any service's body limit (collection-service's 64 MiB is the largest). */
    private static final int OVERSIZED_BODY = 65 << 20;

    private final Suite suite;
    private final Resources open;

    HttpLimits(Suite suite) {
        this.suite = suite;
        this.open = suite.agencies().open;
    }

    void run() {
        String token = Tokens.sign(Tokens.claims(List.of("HEAD", "ADMIN", "SAKIP_TEAM", "SECRETARY"), Agencies.A, null));
        byte[] oversized = new byte[OVERSIZED_BODY];
        for (Service service : Service.values()) {
            String base = suite.system().baseUrl(service);
            expect(414, "URL of 20,000 characters to " + service, Probe.Call.of("GET", base + "/api/" + "a".repeat(20_000))
                    .header("Accept", "application/json").bearer(token));
            expect(431, "header of 40,000 characters to " + service, Probe.Call.of("GET", base + "/api/")
                    .header("Accept", "application/json").header("X-Padding", "x".repeat(40_000)).bearer(token));
            suite.operations().stream()
                    .filter(operation -> operation.service() == service && operation.hasJsonBody())
                    .findFirst()
                    .ifPresent(operation -> expect(413, "body of " + (OVERSIZED_BODY >> 20) + " MB to " + operation,
                            suite.call(operation, open, token).withBody(oversized)));
        }
    }

    private void expect(int status, String what, Probe.Call call) {
        Probe.Answer answer = suite.send(CHECK, call.labelled(what));
        if (answer.status() != 0 && (answer.status() != status || !answer.isProblem())) {
            suite.violation(CHECK, what + ": expected " + status + " problem+json, got " + answer.describe());
        }
    }
}
