package id.go.kinerja.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own operating-system process. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path runnerJar;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, Path runnerJar, int port, Map<String, String> environment, Path log, Process process) {
        this.name = name;
        this.runnerJar = runnerJar;
        this.port = port;
        this.environment = environment;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(String name, Path runnerJar, int port, Map<String, String> environment, Path logDirectory) {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException(runnerJar + " is missing: package the services first"
                    + " (./mvnw verify from the root does; alone: ./mvnw -pl " + name + " package -DskipTests)");
        }
        Path log = logDirectory.resolve(name + ".log");
        return launch(name, runnerJar, port, environment, log, Redirect.to(log.toFile()));
    }

    /** The same service again, on the same port, appending to its log: after {@link #kill()} or {@link #stop()}. */
    ServiceProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return launch(name, runnerJar, port, environment, log, Redirect.appendTo(log.toFile()));
    }

    private static ServiceProcess launch(String name, Path runnerJar, int port, Map<String, String> environment, Path log,
                                         Redirect output) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m",
                // four services and the test JVM share two cores: the C1 compiler alone starts them faster
                "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-jar", runnerJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            return new ServiceProcess(name, runnerJar, port, environment, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until {@code /q/health/ready} answers UP; fails early, with the end of its log, if the process exits. */
    void awaitReady(Instant deadline) {
        while (!isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n" + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready in time:\n" + logTail());
            }
            sleep(250);
        }
    }

    /** SIGTERM, so that it shuts down as in production; SIGKILL if it does not within the grace period. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** kill -9, as a crash or the kernel's out-of-memory killer would: no shutdown hook, no graceful close. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    Path log() {
        return log;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
