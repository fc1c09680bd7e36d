package id.go.kinerja.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;

/** The claims of a compact JWT (its middle part) as JSON, read without verifying anything. */
public final class TokenPayload {

    private TokenPayload() {
    }

    /** The payload of {@code rawToken}, or null when it is not a readable JWT. */
    public static JsonNode of(String rawToken, ObjectMapper json) {
        String[] parts = rawToken == null ? new String[0] : rawToken.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
