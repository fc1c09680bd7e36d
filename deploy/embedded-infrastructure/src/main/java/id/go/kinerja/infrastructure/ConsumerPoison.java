package id.go.kinerja.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The same poison set for every consumer of every service (docs/events.md, "What a consumer does with an event"),
 * sent to the consumer's real topic while the service runs in a {@code @QuarkusTest}:
 * <ul>
 * <li>dead-lettered: text that is not JSON; an event of another type than the topic's; an event without its payload
 * (the required fields missing) and one with every payload field of the wrong JSON type, each once about a recap the
 * service knows and once about a recap it never heard of;</li>
 * <li>ignored, counted in {@code kinerja_consumer_events_ignored_total{reason="STALE_REVISION"}} and not dead-lettered:
 * the event about an older revision than the one the service holds.</li>
 * </ul>
 * The service's test gives a valid event about a recap the service holds (at a revision above 1) and the same event
 * for an older revision; everything else is built from them here.
 */
public final class ConsumerPoison {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENVELOPE = Set.of("eventId", "eventType", "schemaVersion", "occurredAt",
            "agencyCode", "recapId", "revision", "actor");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TestTopics topics;
    private final String topic;

    private ConsumerPoison(TestTopics topics, String topic) {
        this.topics = topics;
        this.topic = topic;
    }

    /** For the consumer of {@code topic}, whose dead-letter topic is {@code <topic>.dlq}, on the test broker. */
    public static ConsumerPoison of(String topic) {
        return new ConsumerPoison(TestTopics.ofTestBroker(), topic);
    }

    /**
     * Sends the poison set and then the stale event, and asserts that each poison message reached the dead-letter
     * topic, and that the stale event was consumed, counted as ignored and not dead-lettered.
     *
     * @param known a valid event about a recap the service holds at {@code known}'s revision
     * @param stale the same kind of event about an older revision of that recap
     */
    public void isDeadLetteredOrIgnoredByTheRules(JsonNode known, JsonNode stale) {
        String eventType = known.get("eventType").asText();
        Map<String, String> poison = new LinkedHashMap<>();
        String unreadable = UUID.randomUUID().toString();
        poison.put(unreadable, "not JSON");
        send(known.get("recapId").asText(), "{\"eventId\": \"" + unreadable + "\", this is not JSON");
        poison.put(send(withNewId(known).put("eventType", "RecapTeleported")), "an unknown event type");
        UUID unknownRecap = UUID.randomUUID();
        for (boolean aboutKnownRecap : List.of(true, false)) {
            String which = aboutKnownRecap ? " about a recap the service holds" : " about a recap it never heard of";
            ObjectNode withoutPayload = envelopeOf(withNewId(known));
            ObjectNode wrongTypes = wronglyTyped(withNewId(known));
            if (!aboutKnownRecap) {
                withoutPayload.put("recapId", unknownRecap.toString());
                wrongTypes.put("recapId", unknownRecap.toString());
            }
            poison.put(send(withoutPayload), eventType + " without its required fields" + which);
            poison.put(send(wrongTypes), eventType + " with its fields of the wrong type" + which);
        }
        double ignoredBefore = staleIgnored(eventType);
        String staleId = send(withNewId(stale));

        List<String> deadLetters = topics.await(topic + ".dlq",
                value -> poison.keySet().stream().anyMatch(value::contains), poison.size(), WAIT);
        List<String> missing = poison.entrySet().stream()
                .filter(entry -> deadLetters.stream().noneMatch(value -> value.contains(entry.getKey())))
                .map(Map.Entry::getValue).toList();
        assertTrue(missing.isEmpty(), topic + ": not dead-lettered: " + missing);
        Instant deadline = Instant.now().plus(WAIT);
        while (staleIgnored(eventType) < ignoredBefore + 1 && Instant.now().isBefore(deadline)) {
            sleep();
        }
        assertEquals(ignoredBefore + 1, staleIgnored(eventType), topic + ": the stale " + eventType
                + " was consumed and counted as ignored (the stream went on past the poison)");
        assertTrue(topics.all(topic + ".dlq", value -> value.contains(staleId), Duration.ofSeconds(1)).isEmpty(),
                topic + ": the stale " + eventType + " must not be dead-lettered");
    }

    private String send(ObjectNode event) {
        send(event.get("recapId").asText(), event.toString());
        return event.get("eventId").asText();
    }

    private void send(String key, String value) {
        topics.send(topic, key, value);
    }

    private static ObjectNode withNewId(JsonNode event) {
        return ((ObjectNode) event.deepCopy()).put("eventId", UUID.randomUUID().toString());
    }

    private static ObjectNode envelopeOf(ObjectNode event) {
        event.retain(ENVELOPE);
        return event;
    }

    /** Every payload field with another JSON type: objects become numbers, everything else an object. */
    private static ObjectNode wronglyTyped(ObjectNode event) {
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (ENVELOPE.contains(name)) {
                continue;
            }
            if (event.get(name).isObject()) {
                event.put(name, 42);
            } else {
                event.putObject(name).put("not", "the right type");
            }
        }
        return event;
    }

    /** The service's count of stale events of the type it ignored, from its /q/metrics. */
    private static double staleIgnored(String eventType) {
        Pattern line = Pattern.compile("^kinerja_consumer_events_ignored_total\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(metrics());
        double total = 0;
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("event_type=\"" + eventType + "\"") && labels.contains("reason=\"STALE_REVISION\"")) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    private static String metrics() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("/q/metrics did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
