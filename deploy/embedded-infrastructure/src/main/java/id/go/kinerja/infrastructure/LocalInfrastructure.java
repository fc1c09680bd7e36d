package id.go.kinerja.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL and a Kafka broker for running e-Kinerja on a developer's machine, in one JVM, on fixed ports,
 * keeping their data across runs. Started by {@code deploy/local/run.sh}; prints a line starting with
 * {@code READY} once both accept connections and stops both on SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -cp &lt;classpath&gt; id.go.kinerja.infrastructure.LocalInfrastructure
 *      [--data deploy/local/data] [--pg-port 5432] [--kafka-port 9092] [--controller-port 9093]
 * </pre>
 *
 * Never used in production: there the services point at a managed PostgreSQL and a Kafka cluster.
 */
public final class LocalInfrastructure implements AutoCloseable {

    public static final List<String> DATABASES = List.of("collection", "measurement", "approval", "archive");

    private final EmbeddedPostgresServer postgres;
    private final PersistentKafkaBroker kafka;

    private LocalInfrastructure(EmbeddedPostgresServer postgres, PersistentKafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LocalInfrastructure [--data DIR] [--pg-port N] [--kafka-port N] [--controller-port N]");
            System.exit(2);
            return;
        }

        LocalInfrastructure infrastructure;
        try {
            infrastructure = start(options);
        } catch (RuntimeException e) {
            System.err.println("Local infrastructure did not start: " + describe(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Kafka and PostgreSQL ...");
            infrastructure.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-infrastructure-stop"));

        System.out.printf("READY postgres=localhost:%d kafka=localhost:%d data=%s%n",
                infrastructure.postgres.port(), options.kafkaPort(), options.dataDirectory());
        System.out.flush();
        stopped.await();
    }

    /** Starts PostgreSQL (creating the four databases) and the broker, and waits until both accept connections. */
    public static LocalInfrastructure start(Options options) {
        Path postgresData = createDirectories(options.dataDirectory().resolve("postgres"));
        OrphanedPostgres.stopIfAny(postgresData);
        requireFree(options.pgPort(), options.kafkaPort(), options.controllerPort());
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(options.pgPort(), postgresData);
        try {
            postgres.createDatabases(DATABASES);
            System.out.println("PostgreSQL is up on port " + postgres.port() + " (databases " + String.join(", ", DATABASES) + ")");
            PersistentKafkaBroker kafka = PersistentKafkaBroker.start(
                    options.dataDirectory().resolve("kafka"), options.kafkaPort(), options.controllerPort());
            return new LocalInfrastructure(postgres, kafka);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    /** Silences the brokers' INFO chatter (thousands of lines); warnings and errors still show. */
    static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        // warns on every clean shutdown that a client it closes is already closed
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient", "error");
    }

    /** Fails before anything starts: the broker halts the JVM when it cannot bind, which would be less clear. */
    private static void requireFree(int... ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                // as the servers bind: a connection of the last run in TIME_WAIT must not count as "in use"
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is in use (another local run, or a PostgreSQL/Kafka"
                        + " of this machine?); choose others with --pg-port, --kafka-port, --controller-port");
            }
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            message.append(" <- ").append(cause.getMessage());
        }
        return message.toString();
    }

    /** Where the data lives and which ports to use. */
    public record Options(Path dataDirectory, int pgPort, int kafkaPort, int controllerPort) {

        public static Options parse(String... args) {
            Path data = Path.of("deploy/local/data");
            int pg = 5432;
            int kafka = 9092;
            int controller = 9093;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--data" -> data = Path.of(value);
                    case "--pg-port" -> pg = port(flag, value);
                    case "--kafka-port" -> kafka = port(flag, value);
                    case "--controller-port" -> controller = port(flag, value);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            return new Options(data.toAbsolutePath().normalize(), pg, kafka, controller);
        }

        private static int port(String flag, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a port number, not " + value);
            }
        }
    }
}
