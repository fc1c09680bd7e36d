package id.go.kinerja.faulttest;

import id.go.kinerja.infrastructure.PersistentKafkaBroker;
import id.go.kinerja.systemtest.SystemUnderTest.Running;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka broker as a process of its own ({@link PersistentKafkaBroker#main} on this JVM's class path), on fixed
 * ports and one log directory, so that it can be killed and started again with its topics, messages and committed
 * offsets, while PostgreSQL and the services keep running.
 */
final class KafkaBrokerProcess implements AutoCloseable {

    /** After a kill -9 the broker first recovers its logs; on a loaded machine that took over 90 s. */
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaBrokerProcess(Path dataDirectory, Path log, int port, int controllerPort) {
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    static KafkaBrokerProcess start(Path dataDirectory, Path logDirectory) {
        KafkaBrokerProcess broker = new KafkaBrokerProcess(dataDirectory, logDirectory.resolve("kafka.log"),
                Running.freePort(), Running.freePort());
        broker.launch(Redirect.to(broker.log.toFile()), 0);
        // a test JVM that is itself killed must not leave the broker running
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
        return broker;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** kill -9 of the broker's JVM: no controlled shutdown, the log directory left as it was. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Starts the broker again on the same ports and log directory. */
    void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("the Kafka broker is still running");
        }
        launch(Redirect.appendTo(log.toFile()), log.toFile().length());
    }

    /** Starts the broker, writing to its log from {@code logLength} on, and waits for its READY line there. */
    private void launch(Redirect output, long logLength) {
        List<String> command = List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), PersistentKafkaBroker.class.getName(),
                "--data", dataDirectory.toString(), "--kafka-port", String.valueOf(port),
                "--controller-port", String.valueOf(controllerPort));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker", e);
        }
        awaitReady(logLength);
    }

    /** Waits for the READY line the broker prints once it answers, after what the log held before this start. */
    private void awaitReady(long logLengthBefore) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!readyLineAfter(logLengthBefore)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited with " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The Kafka broker was not ready in " + STARTUP.toSeconds() + " s; see " + log);
            }
            pause();
        }
    }

    private boolean readyLineAfter(long offset) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            String added = new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                    StandardCharsets.UTF_8);
            return added.lines().anyMatch(line -> line.startsWith("READY"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
