package id.go.kinerja.platform.failure;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure of the moment from a failure of the request or message. An <em>outage</em> says nothing about
 * what was asked, only that the database cannot answer now: refused or dropped connections, a pool with no free
 * connection, a server shutting down or in recovery, a read-only standby, a commit that failed on the way. A
 * <em>transient</em> failure is an outage or a concurrency conflict (deadlock, serialization, lock or version
 * conflict): trying the same thing again a little later succeeds.
 *
 * <p>The whole exception graph is searched, causes and suppressed exceptions alike: a connection lost during a JTA
 * commit surfaces as {@code RollbackException: ARJUNA016053} whose PostgreSQL error is only a suppressed exception.
 */
public final class InfrastructureFailures {

    /**
     * SQLSTATE classes of an outage: 08 connection exception, 53 insufficient resources, 57 operator intervention
     * (admin shutdown, crash shutdown, cannot connect now), 58 system error (I/O), HV foreign-data-wrapper errors do
     * not occur here.
     */
    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53", "57", "58");
    /** SQLSTATE codes of an outage outside those classes: 55000 database not accepting connections, 25006 read-only. */
    private static final Set<String> OUTAGE_CODES = Set.of("55000", "25006");
    /** SQLSTATE class 40 (serialization failure, deadlock) and 55P03 (lock not available): a conflict of the moment. */
    private static final Set<String> CONFLICT_CLASSES = Set.of("40");
    private static final Set<String> CONFLICT_CODES = Set.of("55P03");
    /** SQLSTATE classes that are the request's or message's own fault: data exception, integrity, syntax/access. */
    private static final Set<String> DETERMINISTIC_CLASSES = Set.of("22", "23", "42");

    private InfrastructureFailures() {
    }

    /** True when the database (or the connection to it) cannot serve anybody at the moment. */
    public static boolean isOutage(Throwable failure) {
        if (anyInGraph(failure, InfrastructureFailures::outageNode)) {
            return true;
        }
        // a commit that failed without saying why is the moment's fault unless the graph names a data error
        return anyInGraph(failure, InfrastructureFailures::failedCommit)
                && !anyInGraph(failure, InfrastructureFailures::deterministicNode);
    }

    /** True for an outage or a concurrency conflict: the same attempt a little later succeeds. */
    public static boolean isTransient(Throwable failure) {
        return isOutage(failure) || anyInGraph(failure, InfrastructureFailures::conflictNode);
    }

    private static boolean outageNode(Throwable node) {
        if (node instanceof SQLTransientException || node instanceof SQLRecoverableException
                || node instanceof SQLNonTransientConnectionException || node instanceof JDBCConnectionException
                || node instanceof ConnectException || node instanceof SocketException
                || node instanceof SocketTimeoutException || node instanceof QueryTimeoutException) {
            return true;
        }
        if (node instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.length() == 5) {
                return OUTAGE_CODES.contains(state) || OUTAGE_CLASSES.contains(state.substring(0, 2));
            }
            // Agroal says so without a SQLSTATE: no free connection within the acquisition timeout, a closed pool, or a
            // connection it closed under the transaction (its backend was gone)
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("acquisition timeout") || message.contains("pool is closed")
                    || message.contains("connection is closed");
        }
        return false;
    }

    private static boolean conflictNode(Throwable node) {
        if (node instanceof OptimisticLockException || node instanceof StaleStateException
                || node instanceof PessimisticLockException || node instanceof LockTimeoutException
                || node instanceof LockAcquisitionException) {
            return true;
        }
        if (node instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
            String state = sql.getSQLState();
            return CONFLICT_CODES.contains(state) || CONFLICT_CLASSES.contains(state.substring(0, 2));
        }
        return false;
    }

    private static boolean failedCommit(Throwable node) {
        return node instanceof RollbackException || node instanceof HeuristicMixedException
                || node instanceof HeuristicRollbackException;
    }

    private static boolean deterministicNode(Throwable node) {
        return node instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5
                && DETERMINISTIC_CLASSES.contains(sql.getSQLState().substring(0, 2));
    }

    /** Walks the failure, its causes and its suppressed exceptions, each once (graphs may have cycles). */
    private static boolean anyInGraph(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable node = pending.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (test.test(node)) {
                return true;
            }
            if (node.getCause() != null) {
                pending.push(node.getCause());
            }
            for (Throwable suppressed : node.getSuppressed()) {
                pending.push(suppressed);
            }
            if (node instanceof SQLException sql && sql.getNextException() != null) {
                pending.push(sql.getNextException());
            }
        }
        return false;
    }
}
