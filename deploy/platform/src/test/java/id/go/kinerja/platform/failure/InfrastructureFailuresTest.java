package id.go.kinerja.platform.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class InfrastructureFailuresTest {

    @Test
    void aDatabaseThatRefusesOrDropsConnectionsIsAnOutage() {
        assertTrue(InfrastructureFailures.isOutage(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("database \"measurement\" is not currently accepting connections", "55000"))));
        assertTrue(InfrastructureFailures.isOutage(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(InfrastructureFailures.isOutage(new SQLException("the database system is starting up", "57P03")));
        assertTrue(InfrastructureFailures.isOutage(new SQLException("Connection to localhost:5432 refused", "08001",
                new ConnectException("Connection refused"))));
        assertTrue(InfrastructureFailures.isOutage(new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertTrue(InfrastructureFailures.isOutage(new SQLException("cannot execute UPDATE in a read-only transaction", "25006")));
        assertTrue(InfrastructureFailures.isOutage(new SQLException("too many connections", "53300")));
        assertTrue(InfrastructureFailures.isOutage(new JDBCConnectionException("lost", new SQLException("gone"))));
    }

    @Test
    void aPoolWithoutAFreeConnectionIsAnOutage() {
        assertTrue(InfrastructureFailures.isOutage(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(InfrastructureFailures.isOutage(new SQLException("This pool is closed and does not allow new connections")));
    }

    @Test
    void aConnectionThePoolClosedUnderTheTransactionIsAnOutage() {
        // Agroal's wrapper of a connection it already closed (e.g. after the backend was terminated): no SQLSTATE
        assertTrue(InfrastructureFailures.isOutage(new PersistenceException(new SQLException("Connection is closed"))));
    }

    @Test
    void aCommitThatFailedIsAnOutageEvenWhenThePostgresErrorIsOnlySuppressed() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(InfrastructureFailures.isOutage(new IllegalStateException("commit failed", commit)));

        RollbackException silent = new RollbackException("ARJUNA016053: Could not commit transaction.");
        assertTrue(InfrastructureFailures.isOutage(silent));
    }

    @Test
    void aCommitRefusedForTheDataItselfIsNotAnOutage() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertFalse(InfrastructureFailures.isOutage(commit));
        assertFalse(InfrastructureFailures.isTransient(commit));
    }

    @Test
    void concurrencyConflictsAreTransientButNotOutages() {
        assertTrue(InfrastructureFailures.isTransient(new OptimisticLockException("stale")));
        assertTrue(InfrastructureFailures.isTransient(new SQLException("deadlock detected", "40P01")));
        assertFalse(InfrastructureFailures.isOutage(new OptimisticLockException("stale")));
        assertFalse(InfrastructureFailures.isOutage(new SQLException("deadlock detected", "40P01")));
    }

    @Test
    void theRequestsOwnFaultsAreNeither() {
        assertFalse(InfrastructureFailures.isTransient(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(InfrastructureFailures.isTransient(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertFalse(InfrastructureFailures.isTransient(new SQLException("no state")));
        assertFalse(InfrastructureFailures.isTransient(new IllegalArgumentException("bad payload")));
        assertFalse(InfrastructureFailures.isTransient(null));
    }

    @Test
    void aCycleInTheGraphEnds() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.addSuppressed(second);
        assertFalse(InfrastructureFailures.isTransient(first));
    }
}
