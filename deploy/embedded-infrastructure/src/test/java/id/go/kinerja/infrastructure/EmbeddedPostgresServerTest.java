package id.go.kinerja.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server of the local run (and of the fault suite) keeps what it acknowledged, also through a kill -9. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void persistentServerWritesEveryCommitToDiskBeforeAcknowledgingIt() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(freePort(), data)) {
            assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"), settings(server));
        }
    }

    @Test
    void rowsCommittedJustBeforeAKillNineAreThereAfterTheRestart() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(freePort(), data)) {
            server.createDatabases(List.of("kinerja"));
            long firstPostmaster = server.postmaster().pid();
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("kinerja"), EmbeddedPostgresServer.USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("create table submitted (id integer primary key)");
                for (int id = 1; id <= 200; id++) {
                    statement.execute("insert into submitted values (" + id + ")");
                }
            }

            server.crash();
            server.restartAfterCrash();

            assertNotEquals(firstPostmaster, server.postmaster().pid());
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("kinerja"), EmbeddedPostgresServer.USER, "");
                 Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(*) from submitted")) {
                count.next();
                assertEquals(200, count.getInt(1));
            }
        }
    }

    private static Map<String, String> settings(EmbeddedPostgresServer server) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Connection connection = server.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        return settings;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
