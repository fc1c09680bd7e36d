package id.go.kinerja.web.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The person signed in, as the identity provider's access token describes them: the same claims the four services
 * read ({@code sub}, {@code name}, {@code groups}, {@code agency}, {@code division}). The web application decides
 * only what to show from them; every service checks the token itself.
 *
 * @param accessToken the token sent on to the services, never shown
 */
public record Person(String userId, String name, Set<String> roles, String agency, String division, String accessToken) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the claims of a compact JWS whose signature the identity provider (or the dev sign-in) vouches for. */
    public static Person fromAccessToken(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS");
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("the token's claims are not JSON", e);
        }
        Set<String> roles = new LinkedHashSet<>();
        claims.path("groups").forEach(group -> roles.add(group.asText()));
        String userId = claims.path("sub").asText("");
        String name = text(claims, "name", text(claims, "preferred_username", userId));
        return new Person(userId, name, Set.copyOf(roles), text(claims, "agency", null), text(claims, "division", null),
                accessToken);
    }

    private static String text(JsonNode claims, String claim, String otherwise) {
        JsonNode value = claims.path(claim);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : otherwise;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** True when the person holds at least one of the roles (as a comma-separated list, for templates). */
    public boolean isAny(String commaSeparatedRoles) {
        for (String role : commaSeparatedRoles.split(",")) {
            if (roles.contains(role.trim())) {
                return true;
            }
        }
        return false;
    }

    /** The roles in Bahasa Indonesia, as the header shows them. */
    public String roleNames() {
        return String.join(", ", roles.stream().filter(Role::known).map(Role::indonesianName).sorted().toList());
    }

    @Override
    public String toString() {
        return "Person[" + userId + ", " + roles + ", " + agency + "/" + division + "]";
    }
}
