package id.go.kinerja.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/local/run.sh and token.sh start their JVMs with {@code target/classes} and {@code local-run.classpath},
 * not with the test classpath: these tests start them exactly so, in a process of their own, so that a dependency
 * missing at run time (Jackson for the Kafka broker, once) fails the build instead of the run command.
 */
class LocalRunClasspathIT {

    private static final Path TARGET = Path.of("target");

    @TempDir
    Path data;

    @Test
    void localInfrastructureStartsPostgresAndKafkaWithTheRunCommandsClasspath() throws Exception {
        Process infrastructure = start(LocalInfrastructure.class, "--data", data.toString(),
                "--pg-port", String.valueOf(freePort()), "--kafka-port", String.valueOf(freePort()),
                "--controller-port", String.valueOf(freePort()));
        List<String> output = new ArrayList<>();
        try {
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> firstLineStartingWith("READY",
                    infrastructure, output));
            String line = ready.get(180, TimeUnit.SECONDS);
            assertTrue(line.startsWith("READY postgres=localhost:"), () -> "no READY line; output:\n" + String.join("\n", output));
        } finally {
            infrastructure.destroy();
            if (!infrastructure.waitFor(60, TimeUnit.SECONDS)) {
                infrastructure.destroyForcibly();
            }
        }
    }

    @Test
    void devTokensMintsATokenWithTheRunCommandsClasspath() throws Exception {
        Process tokens = start(DevTokens.class, "SECRETARY", "DISDAGTRANS");
        String token = new String(tokens.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(tokens.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, tokens.exitValue(), token);
        assertEquals(3, token.split("\\.").length, () -> "not a signed JWT: " + token);
    }

    private static Process start(Class<?> main, String... arguments) throws IOException {
        String classpath = TARGET.resolve("classes").toAbsolutePath() + ":"
                + Files.readString(TARGET.resolve("local-run.classpath")).trim();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String firstLineStartingWith(String prefix, Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            return "the process ended";
        } catch (IOException e) {
            return "unreadable output: " + e.getMessage();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
