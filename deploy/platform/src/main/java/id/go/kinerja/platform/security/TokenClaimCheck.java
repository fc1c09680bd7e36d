package id.go.kinerja.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * How every service reads a bearer token, for every endpoint: before SmallRye JWT verifies it and builds the caller
 * from it (this factory replaces its default one), the claims the services read must be there with the right type,
 * or the token is refused as unauthenticated (401 problem+json), like a token with a wrong signature, issuer or
 * expiry:
 * <ul>
 * <li>{@code sub}: a non-blank string (every change is recorded under it);</li>
 * <li>{@code agency}, {@code division}, {@code name}, {@code preferred_username}: a string when present;</li>
 * <li>{@code groups}: an array of strings when present (SmallRye's own parser fails on anything else with a 500);</li>
 * <li>{@code iat}: a number, and not later than now plus the clock skew SmallRye allows {@code nbf} and {@code exp}
 * ({@code mp.jwt.verify.clock.skew}, 60 s by default), against the system clock SmallRye checks those with.</li>
 * </ul>
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TokenClaimCheck extends JWTCallerPrincipalFactory {

    private static final List<String> TEXT_CLAIMS = List.of("agency", "division", "name", "preferred_username");

    private final JWTCallerPrincipalFactory smallRye = new DefaultJWTCallerPrincipalFactory();

    @Inject
    ObjectMapper json;

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        String problem = problemOf(TokenPayload.of(token, json), settings.getClockSkew());
        if (problem != null) {
            throw new ParseException(problem);
        }
        return smallRye.parse(token, settings);
    }

    /** What is wrong with the token's claims, or null if nothing is. */
    private static String problemOf(JsonNode claims, int clockSkewSeconds) {
        if (claims == null || !claims.isObject()) {
            return "the token's claims are not a JSON object";
        }
        JsonNode subject = claims.get("sub");
        if (subject == null || !subject.isTextual() || subject.asText().isBlank()) {
            return "the token has no subject (sub)";
        }
        for (String name : TEXT_CLAIMS) {
            JsonNode value = claims.get(name);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return "claim " + name + " is not a string";
            }
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && !groups.isNull()) {
            if (!groups.isArray()) {
                return "claim groups is not an array of strings";
            }
            for (JsonNode group : groups) {
                if (!group.isTextual()) {
                    return "claim groups is not an array of strings";
                }
            }
        }
        JsonNode issuedAt = claims.get("iat");
        if (issuedAt != null && !issuedAt.isNumber()) {
            return "claim iat is not a number";
        }
        if (issuedAt != null && Instant.ofEpochSecond(issuedAt.asLong())
                .isAfter(Instant.now().plusSeconds(clockSkewSeconds))) {
            return "the token was issued in the future (iat)";
        }
        return null;
    }
}
