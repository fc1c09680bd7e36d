package id.go.kinerja.infrastructure;

import java.util.logging.Logger;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real KRaft Kafka broker in this JVM, on random ports, from Kafka's own test kit. */
public final class TestKafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TestKafkaBroker.class.getName());

    private final KafkaClusterTestKit cluster;

    private TestKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static TestKafkaBroker start() {
        // A broker that faults while the test JVM shuts down must not halt it: Surefire would report a
        // crashed fork after every test passed.
        Exit.setExitProcedure((status, message) -> LOG.warning("Kafka asked to exit(" + status + "): " + message));
        Exit.setHaltProcedure((status, message) -> LOG.warning("Kafka asked to halt(" + status + "): " + message));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("message.max.bytes", String.valueOf(8 * 1024 * 1024))
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new TestKafkaBroker(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Kafka did not start", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
