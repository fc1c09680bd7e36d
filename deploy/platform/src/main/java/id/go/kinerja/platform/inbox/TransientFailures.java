package id.go.kinerja.platform.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.hibernate.StaleStateException;

/**
 * Failures that say nothing about the event, only about the moment: the database was unreachable, a
 * concurrent request changed the same row, a lock or serialization conflict. Applying the event again a
 * little later succeeds, so such an event must not go to the dead-letter topic.
 */
final class TransientFailures {

    /** PostgreSQL SQLSTATE classes and codes worth another attempt (connection, rollback, resources, shutdown, lock). */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57");
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (LOCK_NOT_AVAILABLE.equals(sql.getSQLState())
                    || (sql.getSQLState().length() >= 2 && TRANSIENT_CLASSES.contains(sql.getSQLState().substring(0, 2))))) {
                return true;
            }
        }
        return false;
    }
}
