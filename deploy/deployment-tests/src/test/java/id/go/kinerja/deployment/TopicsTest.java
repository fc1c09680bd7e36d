package id.go.kinerja.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.deployment.EventsContract.Topic;
import id.go.kinerja.deployment.Services.Channel;
import id.go.kinerja.deployment.Services.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The topics the deployment creates and watches are the topics the services use: docs/events.md's table (producers
 * publish through the outbox, so their topics are not in application.properties) and every service's incoming
 * channels with their dead-letter topics.
 */
class TopicsTest {

    private static final Set<String> EXPECTED = EventsContract.allTopicsWithDeadLetters();
    /** A topic name: kinerja.<producing service>.<event>[.dlq] (host names such as kinerja.example.go.id are not). */
    private static final Pattern TOPIC_LITERAL = Pattern.compile("kinerja\\.(?:"
            + String.join("|", Services.names().stream().map(name -> name.replace("-service", "")).toList())
            + ")\\.[a-z][a-z-]*(?:\\.dlq)?");

    @TestFactory
    Stream<DynamicTest> everyServiceConsumesWhatDocsEventsMdSaysWithADeadLetterTopic() {
        return Services.all().stream().map(service -> DynamicTest.dynamicTest(service.name(), () -> {
            Set<String> documented = new TreeSet<>();
            EventsContract.topics().stream().filter(topic -> topic.consumers().contains(service.name()))
                    .forEach(topic -> documented.add(topic.name()));
            assertEquals(documented, service.consumedTopics(),
                    service.name() + ": expected the topics docs/events.md lists it as consumer of, but it consumes");
            for (Channel channel : service.incoming()) {
                // the platform's strategy: poison to the dead-letter topic, an event left at shutdown to redelivery
                assertEquals("kinerja-dead-letter-queue", channel.failureStrategy(), service.name() + " " + channel.name());
                assertEquals(channel.topic() + EventsContract.DEAD_LETTER_SUFFIX, channel.deadLetterTopic(),
                        service.name() + " " + channel.name() + " dead-letter topic");
                assertEquals(service.name(), channel.groupId(), service.name() + " " + channel.name()
                        + ": consumer group ids are the service names (docs/events.md)");
            }
            for (String topic : service.outgoingTopics()) {
                assertTrue(EXPECTED.contains(topic), service.name() + " produces to " + topic + ", not in docs/events.md");
            }
        }));
    }

    @Test
    void everyProducerInDocsEventsMdIsAService() {
        for (Topic topic : EventsContract.topics()) {
            assertTrue(Services.names().contains(topic.producer()), topic.name() + " producer " + topic.producer());
            assertTrue(Services.names().containsAll(topic.consumers()), topic.name() + " consumers " + topic.consumers());
        }
    }

    @Test
    void kubernetesDefinesExactlyTheTopicsWithThreeReplicasAndTwoInSync() {
        List<Map<String, Object>> topics = Kustomizations.ofKind(
                Kustomizations.resources(Repository.path("deploy/kubernetes/kafka-topics")), "KafkaTopic");
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> topic : topics) {
            String name = Yamls.stringAt(topic, "spec.topicName", "KafkaTopic");
            names.add(name);
            assertEquals(3, Yamls.at(topic, "spec.replicas"), name + " replicas");
            assertEquals("2", String.valueOf(Yamls.mapAt(topic, "spec.config", name).get("min.insync.replicas")),
                    name + " min.insync.replicas");
            assertTrue(((Number) Yamls.at(topic, "spec.partitions")).intValue() >= 1, name + " partitions");
            assertNotNull(Yamls.mapAt(topic, "metadata.labels", name).get("strimzi.io/cluster"), name + " names its Strimzi cluster");
            assertTrue(String.valueOf(Yamls.at(topic, "metadata.name")).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
                    name + " resource name is a valid Kubernetes name");
        }
        assertEquals(EXPECTED, names, "KafkaTopic topicNames");
        assertEquals(EXPECTED.size(), topics.size(), "one KafkaTopic per topic");
    }

    @Test
    void composeCreatesExactlyTheTopics() {
        Set<String> names = new TreeSet<>();
        Repository.read("deploy/compose/kafka-init/topics.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
        assertEquals(EXPECTED, names, "deploy/compose/kafka-init/topics.txt");
    }

    @TestFactory
    Stream<DynamicTest> everyTopicNamedInRulesAndDashboardsExists() {
        List<Path> files = new ArrayList<>();
        files.addAll(Repository.filesUnder("deploy/observability"));
        files.add(Repository.path("deploy/kubernetes/monitoring/prometheus-rule.yaml"));
        return files.stream().map(file -> DynamicTest.dynamicTest(Repository.relative(file), () -> {
            Matcher literal = TOPIC_LITERAL.matcher(Repository.read(file));
            while (literal.find()) {
                assertTrue(EXPECTED.contains(literal.group()), Repository.relative(file) + " names topic "
                        + literal.group() + ", which no service uses");
            }
        }));
    }
}
