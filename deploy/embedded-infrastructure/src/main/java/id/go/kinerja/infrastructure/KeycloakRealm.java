package id.go.kinerja.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shipped Keycloak realm, {@code deploy/identity/kinerja-realm.json}, as tests need it: the groups every user of
 * the realm carries in a token besides their role, so that tests send what production sends and a change of the
 * realm reaches them.
 */
public final class KeycloakRealm {

    public static final String FILE = "deploy/identity/kinerja-realm.json";

    private KeycloakRealm() {
    }

    /**
     * The realm's default role and every role it contains, e.g. {@code default-roles-kinerja}, {@code offline_access},
     * {@code uma_authorization}: Keycloak gives them to every user, and its "groups" mapper puts them into the token.
     */
    public static Set<String> defaultGroups() {
        JsonObject realm = read();
        String defaultRole = realm.getJsonObject("defaultRole").getString("name");
        Set<String> groups = new TreeSet<>();
        Deque<String> toExpand = new ArrayDeque<>(Set.of(defaultRole));
        while (!toExpand.isEmpty()) {
            String name = toExpand.pop();
            if (groups.add(name)) {
                for (JsonValue role : realm.getJsonObject("roles").getJsonArray("realm")) {
                    JsonObject definition = role.asJsonObject();
                    if (name.equals(definition.getString("name")) && definition.containsKey("composites")) {
                        definition.getJsonObject("composites").getJsonArray("realm")
                                .forEach(composite -> toExpand.push(((JsonString) composite).getString()));
                    }
                }
            }
        }
        return groups;
    }

    /** The groups a user of the realm with this one role has in a token: the role and the default groups. */
    public static Set<String> groupsOf(String role) {
        Set<String> groups = new TreeSet<>(defaultGroups());
        groups.add(role);
        return groups;
    }

    private static JsonObject read() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve(FILE))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
        }
        try (Reader file = Files.newBufferedReader(directory.resolve(FILE)); JsonReader json = Json.createReader(file)) {
            return json.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
