package id.go.kinerja.systemtest;

import id.go.kinerja.infrastructure.EmbeddedPostgresServer;
import id.go.kinerja.infrastructure.TestKafkaBroker;
import id.go.kinerja.infrastructure.TestTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole system as it runs in production, minus the network: one PostgreSQL with the four services'
 * databases, one Kafka broker, and the four packaged services as separate processes on free ports.
 *
 * <p>Started once per test JVM, by the first test class that uses {@code @ExtendWith(SystemUnderTest.class)}
 * (it injects itself into {@code @BeforeAll}/test parameters), and stopped when JUnit finishes, failed tests
 * or not. A JVM shutdown hook also stops the service processes if the test JVM is terminated. Each service
 * logs to {@code target/system-test-logs/<service>.log}.
 */
public final class SystemUnderTest implements BeforeAllCallback, ParameterResolver {

    /** The services in the order of the SOP, with the database each owns. */
    public enum Service {
        COLLECTION("collection-service", "collection"),
        MEASUREMENT("measurement-service", "measurement"),
        APPROVAL("approval-service", "approval"),
        ARCHIVE("archive-service", "archive");

        final String artifact;
        final String database;

        Service(String artifact, String database) {
            this.artifact = artifact;
            this.database = database;
        }
    }

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SystemUnderTest.class));
        store.computeIfAbsent(Running.class, ignored -> start(), Running.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        beforeAll(context);
        return running;
    }

    private static synchronized Running start() {
        if (running == null) {
            running = Running.start();
        }
        return running;
    }

    /** The started system; closed by JUnit at the end of the run. */
    public static final class Running implements AutoCloseable {

        private final EmbeddedPostgresServer postgres;
        private final TestKafkaBroker kafka;
        private final Map<Service, ServiceProcess> services = new LinkedHashMap<>();
        private final Thread stopOnExit = new Thread(this::stopServices, "system-under-test-stop");

        private Running(EmbeddedPostgresServer postgres, TestKafkaBroker kafka) {
            this.postgres = postgres;
            this.kafka = kafka;
        }

        static Running start() {
            Path root = projectRoot();
            Path logs = createDirectories(Path.of(System.getProperty("kinerja.logs", "target/system-test-logs")));
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startEphemeral();
            TestKafkaBroker kafka;
            try {
                postgres.createDatabases(List.of(Service.values()).stream().map(s -> s.database).toList());
                kafka = TestKafkaBroker.start();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            Running system = new Running(postgres, kafka);
            Runtime.getRuntime().addShutdownHook(system.stopOnExit);
            try {
                for (Service service : Service.values()) {
                    system.services.put(service, ServiceProcess.start(service.artifact,
                            root.resolve(service.artifact).resolve("target/quarkus-app/quarkus-run.jar"),
                            freePort(), system.environment(root, service), logs));
                }
                Instant deadline = Instant.now().plus(STARTUP);
                system.services.values().forEach(process -> process.awaitReady(deadline));
                return system;
            } catch (RuntimeException e) {
                system.close();
                throw e;
            }
        }

        private Map<String, String> environment(Path root, Service service) {
            return Map.of(
                    "KINERJA_DB_URL", postgres.jdbcUrl(service.database),
                    "KINERJA_DB_USER", EmbeddedPostgresServer.USER,
                    "KINERJA_DB_PASSWORD", "",
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "KINERJA_JWT_PUBLIC_KEY_LOCATION",
                    "file:" + root.resolve("deploy/local/dev-jwt/publicKey.pem").toAbsolutePath().normalize());
        }

        /** e.g. {@code http://localhost:41234}; the service's REST paths start with its prefix ({@code /api/collection}). */
        public String baseUrl(Service service) {
            return services.get(service).baseUrl();
        }

        /** A file of the repository, e.g. the demo plan the collection service ships. */
        public Path projectFile(String relativePath) {
            return projectRoot().resolve(relativePath);
        }

        /** Reads and writes the broker's topics, e.g. to look at an event when an assertion needs to explain itself. */
        public TestTopics topics() {
            return new TestTopics(kafka.bootstrapServers());
        }

        /** The end of a service's log, to attach to a failure message. */
        public String logTail(Service service) {
            return services.get(service).logTail();
        }

        @Override
        public void close() {
            try {
                stopServices();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook is running or ran: the services are stopped either way
                }
                kafka.close();
            } catch (Exception e) {
                throw new IllegalStateException("Stopping the system under test failed", e);
            } finally {
                postgres.close();
            }
        }

        private synchronized void stopServices() {
            List<Thread> stoppers = new ArrayList<>();
            for (ServiceProcess process : services.values()) {
                Thread stopper = new Thread(process::stop, "stop-" + process.name());
                stopper.start();
                stoppers.add(stopper);
            }
            for (Thread stopper : stoppers) {
                try {
                    stopper.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            services.clear();
        }

        private static Path projectRoot() {
            Path root = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize();
            if (!Files.isDirectory(root.resolve("collection-service"))) {
                throw new IllegalStateException("Not the project root: " + root + " (set -Dkinerja.root)");
            }
            return root;
        }

        /**
         * A free port below Linux's ephemeral range (32768 and up): a port from that range, free when probed, can be
         * taken by any outgoing connection (Kafka and PostgreSQL clients open many) before the service binds it.
         */
        private static int freePort() {
            for (int attempt = 0; attempt < 200; attempt++) {
                int candidate = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
                try (ServerSocket socket = new ServerSocket(candidate)) {
                    return socket.getLocalPort();
                } catch (IOException taken) {
                    // try another one
                }
            }
            throw new IllegalStateException("No free port between 20000 and 32000");
        }

        private static Path createDirectories(Path directory) {
            try {
                return Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
