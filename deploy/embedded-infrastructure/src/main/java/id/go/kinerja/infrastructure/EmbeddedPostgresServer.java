package id.go.kinerja.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server started from the binaries shipped in a Maven artifact (no Docker, works as root).
 * It runs as its own process (the postmaster, detached by pg_ctl), not inside this JVM.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    /**
     * A commit is acknowledged only once it is on disk. The library starts the server without (fast, and what
     * tests that do not test durability want); a kill -9 or a power cut then loses commits already answered 201.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = postgres.getPort();
    }

    /** On a random port, in a throw-away data directory, not durable (fast: for tests). */
    public static EmbeddedPostgresServer startEphemeral() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /**
     * On a fixed port, keeping its data in {@code dataDirectory} across runs, durable: fsync, synchronous commit
     * and full-page writes on, so that a commit it acknowledged survives a crash of the server or the machine.
     */
    public static EmbeddedPostgresServer startPersistent(int port, Path dataDirectory) {
        return new EmbeddedPostgresServer(startDurable(port, dataDirectory), dataDirectory);
    }

    private static EmbeddedPostgres startDurable(int port, Path dataDirectory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        DURABLE.forEach(builder::setServerConfig);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates each database that does not exist yet. */
    public void createDatabases(Collection<String> names) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + name.replace("'", "") + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("create database \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create databases " + names, e);
        }
    }

    /** A connection to the {@code postgres} database as the superuser, e.g. to read {@code pg_settings}. */
    public Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /**
     * kill -9 of the postmaster, as a crash would do it: no shutdown checkpoint, the data directory left as it
     * was. Returns once the postmaster and its backends are gone (they notice their parent's death at once).
     * Only for a persistent server: {@link #restartAfterCrash()} starts it again on the same data directory.
     */
    public void crash() {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> backends = postmaster.children().toList();
        postmaster.destroyForcibly();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        for (ProcessHandle process : Stream.concat(Stream.of(postmaster), backends.stream()).toList()) {
            while (process.isAlive()) {
                if (Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                }
                pause();
            }
        }
    }

    /** Starts the server again on its data directory and port after {@link #crash()}: PostgreSQL recovers from its WAL. */
    public void restartAfterCrash() {
        if (dataDirectory == null) {
            throw new IllegalStateException("an ephemeral server has no data directory to restart on");
        }
        // releases the library's lock on the data directory; its pg_ctl stop finds no server and only logs that
        closeQuietly();
        postgres = startDurable(port, dataDirectory);
    }

    /** The server's main process, from the pid file PostgreSQL keeps in its data directory. */
    public ProcessHandle postmaster() {
        if (dataDirectory == null) {
            throw new IllegalStateException("an ephemeral server's data directory is not known");
        }
        try {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip();
            return ProcessHandle.of(Long.parseLong(pid))
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is not running"));
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL is not running on " + dataDirectory, e);
        }
    }

    /**
     * An outage of one database as operators cause it: it refuses new connections (SQLSTATE 55000) and its open
     * connections are ended (57P01), until the returned outage is closed. The server and its other databases go on.
     */
    public Outage refuseConnections(String database) {
        String name = "\"" + database.replace("\"", "") + "\"";
        superuser("alter database " + name + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database.replace("'", "")
                        + "' and pid <> pg_backend_pid()");
        return () -> superuser("alter database " + name + " allow_connections true");
    }

    /** A database outage in progress; closing it lets connections in again. */
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    private void superuser(String... statements) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused " + String.join("; ", statements), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the server is gone already; only the lock file mattered
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
