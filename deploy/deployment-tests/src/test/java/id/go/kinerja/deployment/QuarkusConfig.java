package id.go.kinerja.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configuration properties Quarkus extensions declare, from their configuration model
 * ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}) on the test classpath: so a deployment that sets
 * {@code QUARKUS_OTEL_...} or a service that sets {@code quarkus.otel....} is checked against the keys the extension
 * really reads, not against a list written by hand.
 */
final class QuarkusConfig {

    /** A declared property; {@code phase} RUN_TIME is the only one an environment variable can still change. */
    record Property(String name, String environmentVariable, String phase) {

        boolean changeableAtRunTime() {
            return "RUN_TIME".equals(phase);
        }
    }

    private static final Map<String, Property> BY_NAME = new TreeMap<>();
    private static final Map<String, Property> BY_VARIABLE = new TreeMap<>();

    static {
        try {
            for (URL model : Collections.list(QuarkusConfig.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = model.openStream()) {
                    collect(new ObjectMapper().readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (BY_NAME.isEmpty()) {
            throw new IllegalStateException("no Quarkus configuration model on the test classpath");
        }
    }

    private QuarkusConfig() {
    }

    static Property named(String name) {
        return BY_NAME.get(name);
    }

    static Property ofVariable(String environmentVariable) {
        return BY_VARIABLE.get(environmentVariable);
    }

    private static void collect(JsonNode node) {
        JsonNode path = node.path("path");
        if (path.has("property") && path.has("environmentVariable")) {
            Property property = new Property(path.get("property").asText(), path.get("environmentVariable").asText(),
                    node.path("phase").asText());
            BY_NAME.put(property.name(), property);
            BY_VARIABLE.put(property.environmentVariable(), property);
        }
        node.forEach(QuarkusConfig::collect);
    }
}
