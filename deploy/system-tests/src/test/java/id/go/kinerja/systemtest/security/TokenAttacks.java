package id.go.kinerja.systemtest.security;

import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every way a bearer token can be missing, forged, stale, early or malformed, against every operation: each must
 * answer 401 problem+json (a header beyond the server's limit 431 problem+json), never a success, never a 5xx.
 * Every attack starts from a token that works (checked first, so the attacks cannot pass by accident) and
 * changes one thing. Requests ask for JSON, so a file endpoint may not answer 406 in place of 401.
 */
final class TokenAttacks {

    private static final String CONTROL = "tokens: the unattacked token works";
    /** Wrong-typed values of a claim: JSON array, number, object and boolean. */
    private static final Map<String, Object> WRONG_TYPES = wrongTypes();

    private record Attack(String name, String baseRole, Function<Tokens.Claims, String> token, int expected) {
    }

    private final Suite suite;
    private final Resources open;

    TokenAttacks(Suite suite) {
        this.suite = suite;
        this.open = suite.agencies().open;
    }

    void run() {
        List<Attack> attacks = attacks();
        for (Operation operation : suite.operations()) {
            for (String role : List.of("HEAD", "OPERATOR")) {
                Probe.Answer control = suite.send(CONTROL, call(operation, Tokens.sign(base(role))).labelled(role));
                if (control.status() == 401) {
                    suite.violation(CONTROL, operation + " refuses a valid " + role + " token: " + control.describe());
                }
            }
            for (Attack attack : attacks) {
                String check = "tokens: " + attack.name();
                Probe.Answer answer = suite.send(check,
                        call(operation, attack.token().apply(base(attack.baseRole()))).labelled(attack.name()));
                if (answer.status() != attack.expected() || !answer.isProblem()) {
                    suite.violation(check, operation + ": " + answer.describe());
                }
            }
        }
    }

    private Probe.Call call(Operation operation, String token) {
        return suite.call(operation, open, token).header("Accept", "application/json");
    }

    private static Tokens.Claims base(String role) {
        return Tokens.claims(List.of(role), Agencies.A, role.equals("OPERATOR") ? Agencies.OWN_DIVISION : null);
    }

    private List<Attack> attacks() {
        long now = Instant.now().getEpochSecond();
        List<Attack> attacks = new ArrayList<>(List.of(
                new Attack("no token", "HEAD", claims -> null, 401),
                new Attack("malformed", "HEAD", claims -> "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2lnbmF0dXJl", 401),
                new Attack("expired", "HEAD", claims -> Tokens.sign(claims.put("iat", now - 7200).put("exp", now - 3600)), 401),
                new Attack("issued in the future", "HEAD",
                        claims -> Tokens.sign(claims.put("iat", now + 3600).put("exp", now + 7200)), 401),
                new Attack("not yet valid (nbf)", "HEAD", claims -> Tokens.sign(claims.put("nbf", now + 3600)), 401),
                new Attack("foreign key", "HEAD", suite.tokens()::signWithForeignKey, 401),
                new Attack("alg none", "HEAD", Tokens::unsigned, 401),
                new Attack("HS256 with the public key", "HEAD", suite.tokens()::hs256WithPublicKey, 401),
                new Attack("wrong issuer", "HEAD",
                        claims -> Tokens.sign(claims.put("iss", "https://penyerang.example/realms/kinerja")), 401),
                new Attack("no sub", "HEAD", claims -> Tokens.sign(claims.remove("sub")), 401),
                new Attack("oversized", "HEAD", claims -> tamper(Tokens.sign(claims.put("padding", "x".repeat(8_000)))), 401),
                new Attack("header beyond the limit", "HEAD",
                        claims -> Tokens.sign(claims.put("padding", "x".repeat(30_000))), 431)));
        for (String claim : List.of("agency", "division", "groups", "sub")) {
            WRONG_TYPES.forEach((type, value) -> {
                if (!(claim.equals("groups") && type.equals("array"))) {
                    attacks.add(new Attack(claim + " as " + type, claim.equals("division") ? "OPERATOR" : "HEAD",
                            claims -> Tokens.sign(claims.put(claim, value)), 401));
                }
            });
        }
        return attacks;
    }

    /** The same token with its signature's last characters changed: as large, no longer valid. */
    private static String tamper(String token) {
        return token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    }

    private static Map<String, Object> wrongTypes() {
        Map<String, Object> types = new LinkedHashMap<>();
        types.put("array", List.of(Agencies.A, Agencies.B));
        types.put("number", 42);
        types.put("object", Map.of("code", Agencies.A));
        types.put("boolean", true);
        return types;
    }
}
