package id.go.kinerja.infrastructure;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Mints tokens signed with the dev key ({@code deploy/local/dev-jwt}). For local runs and tests only:
 * production services verify tokens of the regency's identity provider and never see this key.
 *
 * <p>From a shell: {@code java -cp <classpath> id.go.kinerja.infrastructure.DevTokens ROLE AGENCY [DIVISION] [USER]}
 */
public final class DevTokens {

    public static final String ISSUER = "https://kinerja.local/dev";

    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    public static String mint(String role, String agency, String division, String user) {
        return sign(claims(Set.of(role), agency, division, user));
    }

    /**
     * The claims {@link #mint(String, String, String, String)} signs, with any groups, to change before
     * {@link #sign(JwtClaimsBuilder) signing}: for tests of tokens the services must refuse or read right.
     */
    public static JwtClaimsBuilder claims(Set<String> groups, String agency, String division, String user) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(user)
                .upn(user)
                .preferredUserName(user)
                .claim("name", user)
                .groups(groups)
                .claim("agency", agency)
                .expiresIn(Duration.ofHours(12));
        if (division != null && !division.isBlank()) {
            claims.claim("division", division);
        }
        return claims;
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("kinerja-dev").sign(KEY);
    }

    /**
     * Signs a claims set given as JSON, whatever its claims hold: for tokens a correct issuer would never make (a
     * {@code sub} that is a number, {@code groups} that is an object), which the services must still refuse.
     */
    public static String signRaw(String claimsJson) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claimsJson);
        signature.setKey(KEY);
        signature.setKeyIdHeaderValue("kinerja-dev");
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign with the dev key", e);
        }
    }

    public static String mint(String role, String agency) {
        return mint(role, agency, null, role.toLowerCase() + "@" + agency.toLowerCase());
    }

    public static String mint(String role, String agency, String division) {
        return mint(role, agency, division, role.toLowerCase() + "." + division.toLowerCase() + "@" + agency.toLowerCase());
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DevTokens ROLE AGENCY [DIVISION] [USER]");
            System.exit(2);
        }
        String division = args.length > 2 ? args[2] : null;
        String user = args.length > 3 ? args[3]
                : division == null ? args[0].toLowerCase() + "@" + args[1].toLowerCase()
                : args[0].toLowerCase() + "." + division.toLowerCase() + "@" + args[1].toLowerCase();
        System.out.println(mint(args[0], args[1], division, user));
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-jwt/privateKey.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-jwt/privateKey.pem is not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("dev key unreadable", e);
        }
    }
}
