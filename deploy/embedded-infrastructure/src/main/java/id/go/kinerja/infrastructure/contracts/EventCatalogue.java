package id.go.kinerja.infrastructure.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The AsyncAPI document of the events, {@code docs/events/asyncapi.yaml}, checked against the code and the schemas, for
 * integrations that consume Kafka (docs/integration.md). A service's test {@link #assertDescribesTopicsOf checks} that
 * every topic its code names is a channel there, that the channels under its own prefix ({@code kinerja.<service>.})
 * are exactly the topics it defines, and that each carries the event type its code names; {@link #assertConsistent}
 * that every channel's messages have a payload schema that exists and names the same event, and that every schema is
 * some channel's payload.
 *
 * <p>A topic constant is a {@code static final String} named {@code TOPIC} or {@code *_TOPIC}, or any in a class named
 * {@code *Topics}, whose value looks like {@code kinerja.<service>.<name>} (dead-letter topics are not channels). Its
 * class's {@code EVENT_TYPE}, if it has one, is the event the topic carries.
 */
public final class EventCatalogue {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern TOPIC = Pattern.compile("kinerja\\.[a-z]+\\.[a-z-]+");

    private EventCatalogue() {
    }

    /** A topic the code names, with the event type its class names (null when it names none). */
    record TopicInCode(String topic, String eventType, String definedIn) {
    }

    /**
     * Fails unless the catalogue describes the topics of the service whose classes are under {@code target/classes} of
     * the module the test runs in, root package {@code id.go.kinerja.<service>}.
     */
    public static void assertDescribesTopicsOf(String service) {
        List<TopicInCode> inCode = topicsInCode(Path.of("target", "classes"), "id.go.kinerja." + service);
        if (inCode.isEmpty()) {
            throw new AssertionError("No topic constant in the code of " + service + " under target/classes");
        }
        JsonNode catalogue = read();
        Map<String, Set<String>> channels = channels(catalogue);
        List<String> problems = new ArrayList<>();
        Set<String> own = new TreeSet<>();
        for (TopicInCode topic : inCode) {
            Set<String> messages = channels.get(topic.topic());
            if (messages == null) {
                problems.add(topic.topic() + " (" + topic.definedIn() + ") is no channel of asyncapi.yaml");
            } else if (topic.eventType() != null && !messages.contains(topic.eventType())) {
                problems.add(topic.topic() + " carries " + topic.eventType() + " (" + topic.definedIn()
                        + "); asyncapi.yaml says " + messages);
            }
            if (topic.topic().startsWith("kinerja." + service + ".")) {
                own.add(topic.topic());
            }
        }
        channels.keySet().stream()
                .filter(address -> address.startsWith("kinerja." + service + ".") && !own.contains(address))
                .forEach(address -> problems.add("asyncapi.yaml has channel " + address + ", which the code of "
                        + service + " does not define"));
        if (!problems.isEmpty()) {
            throw new AssertionError("docs/events/asyncapi.yaml does not describe the topics of " + service + ": "
                    + problems);
        }
    }

    /**
     * Fails unless every message of every channel has a payload {@code <EventType>.schema.json} that exists and whose
     * title is the message's name, every schema file is the payload of a message, and every operation sends on a
     * channel of the document.
     */
    public static void assertConsistent() {
        JsonNode catalogue = read();
        Path events = EventContracts.eventsDirectory();
        List<String> problems = new ArrayList<>();
        Set<String> referenced = new TreeSet<>();
        catalogue.path("components").path("messages").fields().forEachRemaining(message -> {
            String reference = message.getValue().path("payload").path("schema").path("$ref").asText();
            Path schema = events.resolve(reference).normalize();
            if (!Files.isRegularFile(schema)) {
                problems.add("message " + message.getKey() + ": no schema " + reference);
                return;
            }
            referenced.add(schema.getFileName().toString());
            String title = EventContracts.tree(EventContracts.read(schema)).path("title").asText();
            if (!title.equals(message.getKey()) || !message.getValue().path("name").asText().equals(title)) {
                problems.add("message " + message.getKey() + " has the payload of " + title);
            }
        });
        try (Stream<Path> files = Files.list(events)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json") && !referenced.contains(name))
                    .forEach(name -> problems.add(name + " is the payload of no message"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        channels(catalogue).forEach((address, messages) -> {
            if (messages.isEmpty()) {
                problems.add("channel " + address + " has no message");
            }
        });
        catalogue.path("operations").fields().forEachRemaining(operation -> {
            String channel = operation.getValue().path("channel").path("$ref").asText();
            if (!channel.startsWith("#/channels/") || !catalogue.path("channels").has(channel.substring(11))) {
                problems.add("operation " + operation.getKey() + " sends on no channel of the document: " + channel);
            }
        });
        if (!problems.isEmpty()) {
            throw new AssertionError("docs/events/asyncapi.yaml: " + problems);
        }
    }

    /** Channel address → the names of the messages it carries. */
    static Map<String, Set<String>> channels(JsonNode catalogue) {
        Map<String, Set<String>> channels = new TreeMap<>();
        catalogue.path("channels").fields().forEachRemaining(channel -> {
            Set<String> messages = new TreeSet<>();
            channel.getValue().path("messages").fields().forEachRemaining(message -> {
                String reference = message.getValue().path("$ref").asText();
                String name = reference.substring(reference.lastIndexOf('/') + 1);
                if (catalogue.path("components").path("messages").has(name)) {
                    messages.add(name);
                }
            });
            channels.put(channel.getValue().path("address").asText(), messages);
        });
        return channels;
    }

    static JsonNode read() {
        try {
            return YAML.readTree(EventContracts.eventsDirectory().resolve("asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every topic constant of the classes under {@code classes} in {@code rootPackage}, loaded by this thread. */
    static List<TopicInCode> topicsInCode(Path classes, String rootPackage) {
        Path root = classes.resolve(rootPackage.replace('.', '/'));
        List<TopicInCode> topics = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                topics.addAll(topicsOf(Class.forName(name, false, Thread.currentThread().getContextClassLoader())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return topics;
    }

    private static List<TopicInCode> topicsOf(Class<?> type) {
        List<TopicInCode> topics = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            boolean named = field.getName().equals("TOPIC") || field.getName().endsWith("_TOPIC")
                    || type.getSimpleName().endsWith("Topics");
            if (!named || field.getType() != String.class || !Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
                continue;
            }
            String value = (String) constant(field);
            if (value != null && TOPIC.matcher(value).matches()) {
                topics.add(new TopicInCode(value, eventTypeOf(type), type.getName() + "." + field.getName()));
            }
        }
        return topics;
    }

    private static String eventTypeOf(Class<?> type) {
        try {
            Field field = type.getDeclaredField("EVENT_TYPE");
            return field.getType() == String.class && Modifier.isStatic(field.getModifiers()) ? (String) constant(field) : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Object constant(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
