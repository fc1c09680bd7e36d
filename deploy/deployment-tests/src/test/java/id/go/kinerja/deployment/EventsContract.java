package id.go.kinerja.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topic table of docs/events.md: every topic, its producer and consumers (service names). */
final class EventsContract {

    static final String DEAD_LETTER_SUFFIX = ".dlq";

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`(kinerja\\.[^`]+)`\\s*\\|\\s*`?(\\w+)`?\\s*\\|\\s*([\\w, -]+?)\\s*\\|\\s*([\\w, -]*?)\\s*\\|\\s*$");

    private static final List<Topic> TOPICS = load();

    private EventsContract() {
    }

    record Topic(String name, String event, String producer, Set<String> consumers) {
    }

    static List<Topic> topics() {
        return TOPICS;
    }

    /** Every topic of the table and the dead-letter topic of every consumed one. */
    static Set<String> allTopicsWithDeadLetters() {
        Set<String> topics = new TreeSet<>();
        for (Topic topic : TOPICS) {
            topics.add(topic.name());
            if (!topic.consumers().isEmpty()) {
                topics.add(topic.name() + DEAD_LETTER_SUFFIX);
            }
        }
        return topics;
    }

    private static List<Topic> load() {
        List<Topic> topics = new ArrayList<>();
        for (String line : Repository.read("docs/events.md").split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                topics.add(new Topic(row.group(1), row.group(2), service(row.group(3)), services(row.group(4))));
            }
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("docs/events.md has no topic table rows");
        }
        return List.copyOf(topics);
    }

    private static Set<String> services(String names) {
        Set<String> services = new TreeSet<>();
        Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> services.add(service(name)));
        return services;
    }

    /** The table names services by their short name ("measurement"); the services call themselves "measurement-service". */
    private static String service(String shortName) {
        String name = shortName.strip();
        return name.endsWith("-service") ? name : name + "-service";
    }
}
