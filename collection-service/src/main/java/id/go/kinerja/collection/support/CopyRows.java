package id.go.kinerja.collection.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to PostgreSQL with {@code COPY ... FROM STDIN} in its text format, a buffer at a time: the fastest
 * way into a table, with the table's constraints and foreign keys checked as for an INSERT. Runs on the caller's
 * connection, so in the caller's transaction. {@link #finish} ends the copy; closing it before that cancels it,
 * so that nothing of a failed copy is written.
 */
public final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private boolean firstInRow = true;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** {@code table} with its column list, e.g. {@code "node_budget (id, node_id, year, ceiling)"}. */
    public static CopyRows into(Connection connection, String table) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " from stdin"));
    }

    public CopyRows value(String text) {
        separate();
        if (text == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    /** An empty column: {@code NULL}. */
    public CopyRows none() {
        return plain(null);
    }

    public CopyRows value(UUID id) {
        return plain(id == null ? null : id.toString());
    }

    public CopyRows value(BigDecimal number) {
        return plain(number == null ? null : number.toPlainString());
    }

    public CopyRows value(long number) {
        separate();
        buffer.append(number);
        return this;
    }

    public void endRow() throws SQLException {
        buffer.append('\n');
        firstInRow = true;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    public CopyRows value(Instant at) {
        return plain(at == null ? null : at.toString());
    }

    /** Sends what is left and ends the copy: the rows are in the table (until the transaction rolls back). */
    public void finish() throws SQLException {
        flush();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** A value whose text never needs escaping (ids, numbers). */
    private CopyRows plain(String text) {
        separate();
        buffer.append(text == null ? "\\N" : text);
        return this;
    }

    private void separate() {
        if (!firstInRow) {
            buffer.append('\t');
        }
        firstInRow = false;
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
