package id.go.kinerja.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services as their own configuration describes them: the root pom's {@code *-service} modules and what each
 * one's {@code src/main/resources/application.properties} reads. Read afresh from the working tree, so a service that
 * starts reading a new environment variable or consuming a new topic makes the deployment tests fail until the
 * deployment files follow.
 */
final class Services {

    /** Read by the service image's start script, not by the service: allowed beside what the service reads. */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");

    /** The defaults every service gets from the platform library; a service's application.properties wins. */
    static final String PLATFORM_PROPERTIES = "deploy/platform/src/main/resources/META-INF/microprofile-config.properties";

    private static final Pattern MODULE = Pattern.compile("<module>([^<]*-service)</module>");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");
    private static final Pattern OUTGOING_TOPIC = Pattern.compile("mp\\.messaging\\.outgoing\\.([^.]+)\\.topic");

    private static final List<Service> ALL = load();
    private static final Service WEB = parse("web", Map.of());

    private Services() {
    }

    record Channel(String name, String topic, String deadLetterTopic, String groupId, String failureStrategy) {
    }

    /**
     * @param environment every environment variable the service reads, with its default (null when it has none)
     */
    record Service(String name, int port, Map<String, String> environment, List<Channel> incoming,
                   Set<String> outgoingTopics) {

        /** The REST path prefix of README.md ("Services"): /api/collection for collection-service. */
        String pathPrefix() {
            return "/api/" + name.substring(0, name.length() - "-service".length());
        }

        /** The database the service's default JDBC URL names (its own database, e.g. collection). */
        String database() {
            String url = environment.get("KINERJA_DB_URL");
            if (url == null) {
                throw new AssertionError(name + " reads no KINERJA_DB_URL with a default");
            }
            String path = url.substring(url.lastIndexOf('/') + 1);
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        Set<String> consumedTopics() {
            Set<String> topics = new TreeSet<>();
            incoming.forEach(channel -> topics.add(channel.topic()));
            return topics;
        }
    }

    static List<Service> all() {
        return ALL;
    }

    static Set<String> names() {
        Set<String> names = new TreeSet<>();
        ALL.forEach(service -> names.add(service.name()));
        return names;
    }

    /**
     * The web application ({@code web/}) as its configuration describes it: a REST client of the services, so no
     * database, no topics and none of the platform's defaults; it is not among {@link #all()}.
     */
    static Service web() {
        return WEB;
    }

    static Service named(String name) {
        return ALL.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name + " in the root pom"));
    }

    private static List<Service> load() {
        List<Service> services = new ArrayList<>();
        Matcher modules = MODULE.matcher(Repository.read("pom.xml"));
        while (modules.find()) {
            services.add(parse(modules.group(1), productionProperties(PLATFORM_PROPERTIES)));
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("the root pom lists no *-service module");
        }
        return Collections.unmodifiableList(services);
    }

    private static Service parse(String module, Map<String, String> defaults) {
        String file = module + "/src/main/resources/application.properties";
        Map<String, String> properties = new TreeMap<>(defaults);
        properties.putAll(productionProperties(file));
        String name = properties.getOrDefault("quarkus.application.name", module);
        String port = properties.get("quarkus.http.port");
        if (port == null) {
            throw new AssertionError(file + " sets no quarkus.http.port");
        }

        Map<String, String> environment = new TreeMap<>();
        properties.values().forEach(value -> {
            Matcher reference = ENV_REFERENCE.matcher(value);
            while (reference.find()) {
                environment.put(reference.group(1), reference.group(2));
            }
        });

        Map<String, Map<String, String>> channels = new TreeMap<>();
        Set<String> outgoing = new TreeSet<>();
        properties.forEach((key, value) -> {
            Matcher incoming = INCOMING.matcher(key);
            if (incoming.matches()) {
                channels.computeIfAbsent(incoming.group(1), c -> new TreeMap<>()).put(incoming.group(2), value);
            }
            Matcher out = OUTGOING_TOPIC.matcher(key);
            if (out.matches()) {
                outgoing.add(value);
            }
        });
        List<Channel> incoming = new ArrayList<>();
        channels.forEach((channel, settings) -> incoming.add(new Channel(channel,
                settings.getOrDefault("topic", channel), settings.get("dead-letter-queue.topic"),
                settings.get("group.id"), settings.get("failure-strategy"))));

        return new Service(name, Integer.parseInt(port.trim()), Collections.unmodifiableMap(environment),
                List.copyOf(incoming), Collections.unmodifiableSet(outgoing));
    }

    /**
     * The variables a deployment sets that stand for what the service reads: without those of the image's start script
     * and without {@code QUARKUS_...} variables, which set a Quarkus property directly; each of those must be one the
     * service's extensions declare and one that can still change at run time (a build-time property set in a
     * deployment would silently do nothing).
     */
    static Set<String> readByTheService(Set<String> variables, String where) {
        Set<String> result = new TreeSet<>(variables);
        result.removeAll(IMAGE_VARIABLES);
        for (String variable : variables) {
            if (variable.startsWith("QUARKUS_")) {
                QuarkusConfig.Property property = QuarkusConfig.ofVariable(variable);
                if (property == null) {
                    throw new AssertionError(where + " sets " + variable + ", which is no Quarkus property");
                }
                if (!property.changeableAtRunTime()) {
                    throw new AssertionError(where + " sets " + variable + ", but " + property.name()
                            + " is fixed when the image is built (" + property.phase() + ")");
                }
                result.remove(variable);
            }
        }
        return result;
    }

    /** The properties in force in production: unprofiled ones, overridden by %prod. ones; other profiles left out. */
    private static Map<String, String> productionProperties(String file) {
        Properties raw = new Properties();
        try {
            raw.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new TreeMap<>();
        raw.stringPropertyNames().stream().filter(key -> !key.startsWith("%"))
                .forEach(key -> properties.put(key, raw.getProperty(key)));
        raw.stringPropertyNames().stream().filter(key -> key.startsWith("%prod."))
                .forEach(key -> properties.put(key.substring("%prod.".length()), raw.getProperty(key)));
        return properties;
    }
}
