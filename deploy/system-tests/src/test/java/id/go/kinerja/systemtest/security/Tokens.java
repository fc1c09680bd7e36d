package id.go.kinerja.systemtest.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.infrastructure.KeycloakRealm;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens as the identity provider issues them (signed with the dev key), and the attacks on them: every way a
 * token can be forged, stale, early or malformed while still looking like one.
 */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** A token's claims, to be changed by an attack before it is signed. */
    static final class Claims {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Claims put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Claims remove(String name) {
            values.remove(name);
            return this;
        }

        Map<String, Object> values() {
            return values;
        }
    }

    private final byte[] publicKeyPem;
    private final List<String> realmDefaultGroups;
    private final PrivateKey foreignKey;

    private Tokens(byte[] publicKeyPem, List<String> realmDefaultGroups) {
        this.publicKeyPem = publicKeyPem;
        this.realmDefaultGroups = realmDefaultGroups;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.foreignKey = generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the dev public key; the groups the shipped Keycloak realm adds to every user come from its export. */
    static Tokens load(Path publicKeyPem) {
        try {
            return new Tokens(Files.readAllBytes(publicKeyPem), List.copyOf(KeycloakRealm.defaultGroups()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> realmDefaultGroups() {
        return realmDefaultGroups;
    }

    /** The claims of a valid token: subject, names, groups, agency and, when not null, division. */
    static Claims claims(List<String> groups, String agency, String division) {
        String user = String.join("-", groups).toLowerCase() + (division == null ? "" : "." + division.toLowerCase())
                + "@" + agency.toLowerCase();
        Claims claims = new Claims()
                .put("iss", DevTokens.ISSUER)
                .put("sub", user)
                .put("upn", user)
                .put("preferred_username", user)
                .put("name", user)
                .put("groups", groups)
                .put("agency", agency)
                .put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        if (division != null) {
            claims.put("division", division);
        }
        return claims;
    }

    /** The same role with the groups the shipped realm adds to every user. */
    List<String> withRealmDefaults(String role) {
        List<String> groups = new ArrayList<>();
        groups.add(role);
        groups.addAll(realmDefaultGroups);
        return groups;
    }

    static String sign(Claims claims) {
        return DevTokens.sign(Jwt.claims(claims.values()));
    }

    /** Correct in every claim but signed with a key the services have never seen (same key id). */
    String signWithForeignKey(Claims claims) {
        return Jwt.claims(claims.values()).jws().keyId("kinerja-dev").sign(foreignKey);
    }

    /** {@code alg: none}: no signature at all. */
    static String unsigned(Claims claims) {
        return encode(Map.of("alg", "none", "typ", "JWT")) + "." + encode(claims.values()) + ".";
    }

    /** The classic algorithm confusion: HS256 with the RSA public key, which everyone has, as the HMAC secret. */
    String hs256WithPublicKey(Claims claims) {
        String content = encode(Map.of("alg", "HS256", "typ", "JWT", "kid", "kinerja-dev")) + "." + encode(claims.values());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKeyPem, "HmacSHA256"));
            return content + "." + BASE64URL.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
