package id.go.kinerja.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

/**
 * One KRaft Kafka node (broker and controller) on fixed ports, keeping its log directory across restarts: topics,
 * messages and committed offsets are there again after a stop, a crash or a kill -9. The local run starts it inside
 * {@link LocalInfrastructure}'s JVM; the fault suite starts it as a process of its own ({@link #main}) so that it can
 * kill the broker alone.
 *
 * <pre>
 * java -cp &lt;classpath&gt; id.go.kinerja.infrastructure.PersistentKafkaBroker --data DIR --kafka-port N --controller-port N
 * </pre>
 *
 * prints a line starting with {@code READY} once the broker answers, and shuts it down on SIGTERM.
 */
public final class PersistentKafkaBroker implements AutoCloseable {

    /**
     * Formatting a KRaft log directory needs a cluster id. A fixed one keeps the output quiet and lets a
     * re-run recognise its own storage (it decodes to "kinerja-local-01").
     */
    static final String CLUSTER_ID = "a2luZXJqYS1sb2NhbC0wMQ";

    private static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private final KafkaRaftServer server;
    private final int port;

    private PersistentKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static void main(String[] args) throws InterruptedException {
        LocalInfrastructure.quietLogging();
        Path data = null;
        int port = 0;
        int controllerPort = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--kafka-port" -> port = Integer.parseInt(args[i + 1]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null || port == 0 || controllerPort == 0) {
            System.err.println("usage: PersistentKafkaBroker --data DIR --kafka-port N --controller-port N");
            System.exit(2);
        }
        PersistentKafkaBroker broker = start(data, port, controllerPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-broker-stop"));
        System.out.println("READY kafka=localhost:" + port + " data=" + data);
        System.out.flush();
        stopped.await();
    }

    /** Formats {@code logDirectory} on the first start only, starts the node and waits until it answers. */
    public static PersistentKafkaBroker start(Path logDirectory, int port, int controllerPort) {
        createDirectories(logDirectory);
        Properties properties = brokerProperties(logDirectory, port, controllerPort);
        formatOnce(properties, logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        PersistentKafkaBroker broker = new PersistentKafkaBroker(server, port);
        try {
            server.startup();
            broker.awaitAnswer();
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    static Properties brokerProperties(Path logDirectory, int port, int controllerPort) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("controller.quorum.bootstrap.servers", "localhost:" + controllerPort),
                Map.entry("log.dirs", logDirectory.toString()),
                // one broker: every internal topic has exactly one replica
                Map.entry("offsets.topic.replication.factor", "1"),
                // a handful of consumer groups: 5 partitions instead of 50 make the restart after a crash faster
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", "3"),
                // a recap of an agency with 2,000 indicators is about 1 MB of JSON (see docs/events.md)
                Map.entry("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES)),
                Map.entry("replica.fetch.max.bytes", String.valueOf(MAX_MESSAGE_BYTES))));
        return p;
    }

    /** Formats the log directory on the first run only; later runs keep the topics and offsets. */
    private static void formatOnce(Properties properties, Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        Path config = logDirectory.resolve("../kafka-format.properties").normalize();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            try (var writer = Files.newBufferedWriter(config)) {
                properties.store(writer, "used once to format the KRaft storage");
            }
            int exitCode = StorageTool.execute(new String[] {
                    "format", "--standalone", "--ignore-formatted",
                    "--cluster-id", CLUSTER_ID, "--config", config.toString()},
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(config);
            } catch (IOException ignored) {
                // a left-over properties file is harmless
            }
        }
    }

    private void awaitAnswer() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker on port " + port + " did not answer", e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
