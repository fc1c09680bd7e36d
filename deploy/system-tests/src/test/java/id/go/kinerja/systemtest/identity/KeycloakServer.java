package id.go.kinerja.systemtest.identity;

import id.go.kinerja.systemtest.SystemUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Keycloak distribution of Maven Central ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by this module's
 * build into {@code target/keycloak}) as its own process: development mode over plain HTTP on a free port, its
 * database a file under the distribution's {@code data/} (deleted before each start), the shipped realm imported at
 * start as an administrator would import it.
 */
final class KeycloakServer implements AutoCloseable {

    /** Its first start builds the server (about a minute and a half on two cores), and it shares them. */
    private static final Duration STARTUP = Duration.ofMinutes(6);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final Thread stopOnExit = new Thread(this::close, "keycloak-stop");
    private Duration startedIn;

    private KeycloakServer(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /** The unpacked distribution's home, {@code target/keycloak/keycloak-<version>}. */
    static Path distribution() {
        Path unpacked = Path.of("target/keycloak");
        try (Stream<Path> homes = Files.isDirectory(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            return homes.filter(home -> Files.isRegularFile(home.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + unpacked.toAbsolutePath()
                            + ": the build of deploy/system-tests unpacks it (maven-dependency-plugin, unpack-keycloak)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KeycloakServer start(Path javaHome, Path realmFile, Path logDirectory) {
        Path home = distribution();
        Path log = logDirectory.resolve("keycloak.log");
        int port = SystemUnderTest.Running.freePort();
        try {
            Path data = home.resolve("data");
            deleteRecursively(data);
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, data.resolve("import").resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + SystemUnderTest.Running.freePort(),
                    "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            Instant started = Instant.now();
            KeycloakServer server = new KeycloakServer(builder.start(), log, "http://localhost:" + port);
            Runtime.getRuntime().addShutdownHook(server.stopOnExit);
            try {
                server.awaitRealm(started.plus(STARTUP));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            server.startedIn = Duration.between(started, Instant.now());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** e.g. {@code http://localhost:24567/realms/kinerja}: the tokens' issuer. */
    String realmUrl() {
        return baseUrl + "/realms/kinerja";
    }

    /** The realm's signing keys (JWKS), what the services verify tokens with. */
    String certsUrl() {
        return realmUrl() + "/protocol/openid-connect/certs";
    }

    Duration startedIn() {
        return startedIn;
    }

    private void awaitRealm(Instant deadline) {
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (true) {
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + " while starting: see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak did not serve the realm within " + STARTUP.toMinutes()
                        + " minutes: see " + log);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** Stops Keycloak and the JVM kc.sh started (its child), SIGKILL after a grace period. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running: it stops Keycloak
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
