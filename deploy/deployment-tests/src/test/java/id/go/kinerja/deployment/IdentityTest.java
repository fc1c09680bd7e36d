package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/identity/kinerja-realm.json gives the services the tokens they expect (README.md, roles): the roles in
 * "groups", the agency and division codes in "agency" and "division"; and the deployments point at its JWKS URL.
 */
class IdentityTest {

    private static final JsonNode REALM = Repository.json("deploy/identity/kinerja-realm.json");
    private static final Set<String> ROLES = platformRoles();
    private static final Set<String> DIVISION_BOUND = Set.of("OPERATOR", "DIVISION_HEAD");
    private static final String DEFAULT_ROLE = REALM.path("defaultRole").path("name").asText();
    private static final Set<String> DEFAULT_GROUPS = defaultGroups();

    @Test
    void theRealmHasExactlyTheRolesOfThePlatformBesidesItsDefaultRole() {
        Set<String> roles = new TreeSet<>();
        REALM.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        roles.removeAll(DEFAULT_GROUPS);
        assertEquals(ROLES, roles);
    }

    /**
     * Keycloak puts its default role and what it contains into every token's "groups"; the services ignore them
     * (platform Caller), and the services' tests send them (embedded-infrastructure KeycloakRealm reads this file).
     */
    @Test
    void theDefaultRoleGivesNoRightOfThePlatform() {
        assertEquals(Set.of("default-roles-kinerja", "offline_access", "uma_authorization"), DEFAULT_GROUPS);
        assertTrue(DEFAULT_GROUPS.stream().noneMatch(ROLES::contains), "no platform role by default: " + DEFAULT_GROUPS);
    }

    @Test
    void everyClientPutsRolesIntoGroupsAndAgencyAndDivisionIntoTheirClaims() {
        assertFalse(REALM.path("clients").isEmpty(), "the realm has clients");
        for (JsonNode client : REALM.path("clients")) {
            String id = client.path("clientId").asText();
            assertMapper(client, "oidc-usermodel-realm-role-mapper", null, "groups", true);
            assertMapper(client, "oidc-usermodel-attribute-mapper", "agency", "agency", false);
            assertMapper(client, "oidc-usermodel-attribute-mapper", "division", "division", false);
            assertTrue(client.path("enabled").asBoolean(), id + " enabled");
        }
    }

    @Test
    void theFrontEndSignsInWithAuthorizationCodeAndPkceWithoutASecret() {
        JsonNode web = client("kinerja-web");
        assertTrue(web.path("publicClient").asBoolean(), "public client");
        assertTrue(web.path("standardFlowEnabled").asBoolean(), "authorization code flow");
        assertFalse(web.path("implicitFlowEnabled").asBoolean(), "no implicit flow");
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean(), "no password grant");
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
    }

    @Test
    void theUserProfileDeclaresAgencyAndDivisionEditableByAdministratorsOnly() throws Exception {
        JsonNode provider = REALM.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = new ObjectMapper().readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());
        for (String attribute : Set.of("agency", "division")) {
            JsonNode declared = null;
            for (JsonNode candidate : profile.path("attributes")) {
                if (attribute.equals(candidate.path("name").asText())) {
                    declared = candidate;
                }
            }
            assertTrue(declared != null, "the user profile declares " + attribute
                    + " (Keycloak drops undeclared attributes)");
            assertEquals("[\"admin\"]", declared.path("permissions").path("edit").toString(),
                    "only administrators set " + attribute + ": a user changing it would see another agency");
        }
    }

    @Test
    void everyExampleUserHasOneKnownRoleAndTheClaimsItNeeds() {
        assertFalse(REALM.path("users").isEmpty(), "example users");
        Set<String> rolesShown = new TreeSet<>();
        for (JsonNode user : REALM.path("users")) {
            String name = user.path("username").asText();
            Set<String> roles = new TreeSet<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            assertTrue(roles.remove(DEFAULT_ROLE), name + " has the realm's default role, as any user Keycloak creates");
            assertEquals(1, roles.size(), name + " has one role besides");
            String role = roles.iterator().next();
            assertTrue(ROLES.contains(role), name + " role " + role);
            rolesShown.add(role);
            assertFalse(user.path("attributes").path("agency").path(0).asText().isEmpty(), name + " has an agency");
            assertEquals(DIVISION_BOUND.contains(role), !user.path("attributes").path("division").isMissingNode(),
                    name + ": operators and division heads (only) belong to a division");
            for (JsonNode credential : user.path("credentials")) {
                assertTrue(credential.path("temporary").asBoolean(), name + "'s example password must be changed at first login");
            }
        }
        assertEquals(ROLES, rolesShown, "an example user for every role");
    }

    @Test
    void composeAndKubernetesVerifyTokensAgainstTheRealmsJwksUrlAndIssuer() {
        String realm = REALM.path("realm").asText();
        String jwksSuffix = "/realms/" + realm + "/protocol/openid-connect/certs";
        String env = Repository.read("deploy/compose/.env.example");
        assertTrue(value(env, "KINERJA_JWT_JWKS_URL").endsWith(jwksSuffix), "Compose JWKS URL of realm " + realm);
        assertTrue(value(env, "KINERJA_JWT_ISSUER").endsWith("/realms/" + realm), "Compose issuer of realm " + realm);
        Map<String, String> config = Kustomizations.generatedConfigMapValues(Repository.path("deploy/kubernetes/base"))
                .get("kinerja-config");
        assertTrue(config.get("KINERJA_JWT_PUBLIC_KEY_LOCATION").endsWith(jwksSuffix), "Kubernetes JWKS URL");
        assertTrue(config.get("KINERJA_JWT_ISSUER").endsWith("/realms/" + realm), "Kubernetes issuer");
    }

    /**
     * REGENCY_AUDITOR reads across agencies, so it must reach nothing but the regency-wide export and the refusals
     * that name no agency (which hold no agency's data): no other endpoint of any service names it (and unnamed roles
     * are denied).
     */
    @Test
    void theRegencyAuditorIsAllowedOnlyTheRegencyExport() throws IOException {
        Set<String> naming = new TreeSet<>();
        for (String module : List.of("collection-service", "measurement-service", "approval-service", "archive-service",
                "deploy/platform")) {
            try (Stream<Path> files = Files.walk(Repository.path(module + "/src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (Files.readString(file).contains("Roles.REGENCY_AUDITOR")) {
                        naming.add(Repository.ROOT.relativize(file).toString().replace('\\', '/'));
                    }
                }
            }
        }
        String export = "archive-service/src/main/java/id/go/kinerja/archive/report/RegencyExportResource.java";
        String audit = "deploy/platform/src/main/java/id/go/kinerja/platform/audit/AuditResource.java";
        assertEquals(Set.of(export, audit), naming);
        String resource = Repository.read(export);
        assertEquals(1, Pattern.compile("@GET").matcher(resource).results().count(), "one read-only endpoint");
        assertTrue(resource.contains("@RolesAllowed(Roles.REGENCY_AUDITOR)"), "for that role alone");
        Matcher unattributed = Pattern.compile(
                "@GET\\s+@Path\\(\"unattributed\"\\)\\s+@RolesAllowed\\(Roles.REGENCY_AUDITOR\\)").matcher(Repository.read(audit));
        assertTrue(unattributed.find(), "the audit trail gives the role only the refusals naming no agency, read-only");
        assertFalse(unattributed.find(), "and nothing else");
    }

    private static void assertMapper(JsonNode client, String type, String attribute, String claim, boolean multivalued) {
        String id = client.path("clientId").asText();
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if (type.equals(mapper.path("protocolMapper").asText()) && claim.equals(config.path("claim.name").asText())
                    && (attribute == null || attribute.equals(config.path("user.attribute").asText()))) {
                assertEquals("true", config.path("access.token.claim").asText(), id + " puts " + claim + " in the access token");
                assertEquals(String.valueOf(multivalued), config.path("multivalued").asText(), id + " " + claim + " multivalued");
                return;
            }
        }
        throw new AssertionError(id + " has no " + type + " for claim " + claim);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : REALM.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static String value(String envFile, String key) {
        Matcher line = Pattern.compile("(?m)^" + key + "=(.*)$").matcher(envFile);
        assertTrue(line.find(), key + " in .env.example");
        return line.group(1).strip();
    }

    /** The default role and the realm roles it is composed of. */
    private static Set<String> defaultGroups() {
        Set<String> groups = new TreeSet<>(Set.of(DEFAULT_ROLE));
        for (JsonNode role : REALM.path("roles").path("realm")) {
            if (DEFAULT_ROLE.equals(role.path("name").asText())) {
                role.path("composites").path("realm").forEach(composite -> groups.add(composite.asText()));
            }
        }
        return groups;
    }

    /** The role names of platform.security.Roles, the ones the services' @RolesAllowed use. */
    private static Set<String> platformRoles() {
        String source = Repository.read("deploy/platform/src/main/java/id/go/kinerja/platform/security/Roles.java");
        Matcher constant = Pattern.compile("public static final String \\w+ = \"(\\w+)\";").matcher(source);
        Set<String> roles = new TreeSet<>();
        while (constant.find()) {
            roles.add(constant.group(1));
        }
        assertEquals(9, roles.size(), "the eight agency roles of README.md and REGENCY_AUDITOR");
        return roles;
    }
}
