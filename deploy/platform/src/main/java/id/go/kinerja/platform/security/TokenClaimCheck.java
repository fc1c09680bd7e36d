package id.go.kinerja.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The last step of authentication, for every endpoint of every service: a token whose signature, issuer and
 * lifetime SmallRye JWT accepted must also carry the claims the services read, each of the right type, or it is
 * refused as unauthenticated (401), like any other bad token:
 * <ul>
 * <li>{@code sub}: a non-blank string (every change is recorded under it);</li>
 * <li>{@code agency}, {@code division}, {@code name}, {@code preferred_username}: a string when present;</li>
 * <li>{@code groups}: an array of strings when present;</li>
 * <li>{@code iat}: a number, and not later than now plus the clock skew SmallRye allows {@code nbf} and {@code exp}
 * ({@code mp.jwt.verify.clock.skew}, 60 s by default), against the system clock SmallRye checks those with.</li>
 * </ul>
 */
@ApplicationScoped
public class TokenClaimCheck implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenClaimCheck.class);
    private static final List<String> TEXT_CLAIMS = List.of("agency", "division", "name", "preferred_username");

    @Inject
    JWTAuthContextInfo jwtSettings;

    @Inject
    ObjectMapper json;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String problem = problemOf(TokenPayload.of(token.getRawToken(), json));
            if (problem != null) {
                LOG.debugf("Token refused: %s", problem);
                return Uni.createFrom().failure(new AuthenticationFailedException(problem));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** What is wrong with the token's claims, or null if nothing is. */
    private String problemOf(JsonNode claims) {
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
                .isAfter(Instant.now().plusSeconds(jwtSettings.getClockSkew()))) {
            return "the token was issued in the future (iat)";
        }
        return null;
    }
}
