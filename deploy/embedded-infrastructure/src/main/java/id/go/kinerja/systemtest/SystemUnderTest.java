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
 *
 * <p>The web application ({@code web}, Aplikasi e-Kinerja) joins them as a fifth process when a test first asks for
 * it ({@link Running#webUrl()}): only the browser test clicks through it, the REST suites do not pay for its start.
 *
 * <p>It lives here, beside the embedded servers, so that the system test ({@code deploy/system-tests}) and the fault
 * suite ({@code deploy/fault-tests}) run the services one way. The fault suite starts the services against a
 * PostgreSQL and a Kafka broker it can crash ({@link Running#startServices}) and kills and restarts services itself.
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

        /** The name of the service's own database. */
        public String database() {
            return database;
        }

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

        private final Path root = projectRoot();
        private final Path logs = createDirectories(Path.of(System.getProperty("kinerja.logs", "target/system-test-logs")));
        private final EmbeddedPostgresServer postgres;
        private final String bootstrapServers;
        private final AutoCloseable infrastructure;
        private final Map<Service, ServiceProcess> services = new LinkedHashMap<>();
        private final List<ServiceProcess> applications = new ArrayList<>();
        private final Map<String, String> environmentOverrides;
        private ServiceProcess web;
        private final Thread stopOnExit = new Thread(this::stopServices, "system-under-test-stop");

        private Running(EmbeddedPostgresServer postgres, String bootstrapServers, AutoCloseable infrastructure,
                        Map<String, String> environmentOverrides) {
            this.postgres = postgres;
            this.bootstrapServers = bootstrapServers;
            this.infrastructure = infrastructure;
            this.environmentOverrides = Map.copyOf(environmentOverrides);
        }

        static Running start() {
            return start(Map.of());
        }

        /**
         * A system of its own, beside the one the extension shares, whose services get these environment variables
         * on top of theirs: e.g. {@code KINERJA_JWT_PUBLIC_KEY_LOCATION} and {@code KINERJA_JWT_ISSUER} of a real
         * identity provider instead of the dev key. The caller closes it.
         */
        public static Running start(Map<String, String> environmentOverrides) {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startEphemeral();
            TestKafkaBroker kafka;
            try {
                kafka = TestKafkaBroker.start();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return startServices(new Running(postgres, kafka.bootstrapServers(), () -> {
                try {
                    kafka.close();
                } finally {
                    postgres.close();
                }
            }, environmentOverrides));
        }

        /**
         * The four services against a PostgreSQL and a Kafka broker that the caller started, and stops: the fault
         * suite kills and restarts them. Creates the services' databases.
         */
        public static Running startServices(EmbeddedPostgresServer postgres, String bootstrapServers) {
            return startServices(new Running(postgres, bootstrapServers, () -> { }, Map.of()));
        }

        private static Running startServices(Running system) {
            Runtime.getRuntime().addShutdownHook(system.stopOnExit);
            try {
                system.postgres.createDatabases(List.of(Service.values()).stream().map(s -> s.database).toList());
                for (Service service : Service.values()) {
                    system.services.put(service, ServiceProcess.start(service.artifact,
                            system.root.resolve(service.artifact).resolve("target/quarkus-app/quarkus-run.jar"),
                            freePort(), system.environment(service), system.logs));
                }
                Instant deadline = Instant.now().plus(STARTUP);
                system.services.values().forEach(process -> process.awaitReady(deadline));
                return system;
            } catch (RuntimeException e) {
                system.close();
                throw e;
            }
        }

        private Map<String, String> environment(Service service) {
            Map<String, String> environment = new LinkedHashMap<>(Map.of(
                    "KINERJA_DB_URL", postgres.jdbcUrl(service.database),
                    "KINERJA_DB_USER", EmbeddedPostgresServer.USER,
                    "KINERJA_DB_PASSWORD", "",
                    "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                    "KINERJA_JWT_PUBLIC_KEY_LOCATION",
                    "file:" + root.resolve("deploy/local/dev-jwt/publicKey.pem").toAbsolutePath().normalize()));
            environment.putAll(environmentOverrides);
            return environment;
        }

        /**
         * Another packaged application of the repository, e.g. {@code web}, as a process on a free port with this
         * environment, stopped with the services; waits until it is ready and answers its base URL.
         */
        public String startApplication(String module, Map<String, String> environment) {
            return application(module, environment).baseUrl();
        }

        private ServiceProcess application(String module, Map<String, String> environment) {
            ServiceProcess application = ServiceProcess.start(module,
                    root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), freePort(), environment, logs);
            synchronized (this) {
                applications.add(application);
            }
            application.awaitReady(Instant.now().plus(STARTUP));
            return application;
        }

        /**
         * The web application's base URL, e.g. {@code http://localhost:41235}; started on the first call, with the
         * profile of local runs: the dev sign-in ({@code /masuk}) signs the demo agency's people in with the dev key
         * that the services trust.
         */
        public synchronized String webUrl() {
            if (web == null) {
                web = application("web", webEnvironment());
            }
            return web.baseUrl();
        }

        private Map<String, String> webEnvironment() {
            return Map.of(
                    "QUARKUS_PROFILE", "local",
                    "KINERJA_DEV_KEY_LOCATION",
                    "file:" + root.resolve("deploy/local/dev-jwt/privateKey.pem").toAbsolutePath().normalize(),
                    "KINERJA_COLLECTION_URL", baseUrl(Service.COLLECTION),
                    "KINERJA_MEASUREMENT_URL", baseUrl(Service.MEASUREMENT),
                    "KINERJA_APPROVAL_URL", baseUrl(Service.APPROVAL),
                    "KINERJA_ARCHIVE_URL", baseUrl(Service.ARCHIVE),
                    "KINERJA_AGENCY_NAME", "Dinas Perdagangan dan Transmigrasi");
        }

        /** The end of the web application's log, to attach to a failure message; empty if it was not started. */
        public synchronized String webLogTail() {
            return web == null ? "" : web.logTail();
        }

        /** kill -9 of the service's process. */
        public void kill(Service service) {
            services.get(service).kill();
        }

        /** SIGTERM, as an orchestrator stops a service, and waits until it exited. */
        public void stop(Service service) {
            services.get(service).stop();
        }

        /** Starts a killed or stopped service again on its port and waits until it is ready. */
        public void startAgain(Service service) {
            ServiceProcess restarted = services.get(service).startAgain();
            services.put(service, restarted);
            restarted.awaitReady(Instant.now().plus(STARTUP));
        }

        /** The JDBC URL of the service's own database. */
        public String jdbcUrl(Service service) {
            return postgres.jdbcUrl(service.database);
        }

        public String bootstrapServers() {
            return bootstrapServers;
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
            return new TestTopics(bootstrapServers);
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
                infrastructure.close();
            } catch (Exception e) {
                throw new IllegalStateException("Stopping the system under test failed", e);
            }
        }

        private synchronized void stopServices() {
            List<Thread> stoppers = new ArrayList<>();
            List<ServiceProcess> processes = new ArrayList<>(applications);
            processes.addAll(services.values());
            for (ServiceProcess process : processes) {
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
            applications.clear();
            web = null;
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
        public static int freePort() {
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
