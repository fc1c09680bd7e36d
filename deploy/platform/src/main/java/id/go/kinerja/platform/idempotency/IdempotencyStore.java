package id.go.kinerja.platform.idempotency;

import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.PlatformProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Idempotency-Keys of one service (table {@code idempotent_request}), scoped to the caller and their agency so
 * that nobody sees another person's answer. A key is claimed in the transaction of the write it guards: the answer
 * is stored when the effect commits and vanishes with it when the write is refused or fails, and a second request
 * with the same key waits on the claim, then replays what the first one stored.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyConfig config;

    @Inject
    Clock clock;

    /** Who may replay an answer: the same person (token subject) of the same agency, with the same key. */
    public record Scope(String agencyCode, String caller, String key) {
    }

    /**
     * Claims the key for a request with this hash, or gives the answer stored under it. Waits while another
     * transaction holds a claim on the same key. 409 when the key was used for a different request.
     *
     * @return empty when the key is now claimed (go on, then {@link #complete}); the stored answer otherwise
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredAnswer> claim(Scope scope, String requestHash) {
        Instant now = clock.instant();
        entityManager.createNativeQuery("""
                        delete from idempotent_request
                        where agency_code = :agency and caller = :caller and idempotency_key = :key and created_at < :expired""")
                .setParameter("agency", scope.agencyCode()).setParameter("caller", scope.caller())
                .setParameter("key", scope.key()).setParameter("expired", now.minus(config.retention()))
                .executeUpdate();
        // a concurrent claim of the same key makes this wait until that transaction ends: inserted after its
        // rollback, nothing inserted after its commit (and its answer is read below)
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotent_request (agency_code, caller, idempotency_key, request_hash, created_at)
                        values (:agency, :caller, :key, :hash, :at)
                        on conflict do nothing""")
                .setParameter("agency", scope.agencyCode()).setParameter("caller", scope.caller())
                .setParameter("key", scope.key()).setParameter("hash", requestHash).setParameter("at", now)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        List<?> rows = entityManager.createNativeQuery("""
                        select request_hash, status, content_type, body, location, etag from idempotent_request
                        where agency_code = :agency and caller = :caller and idempotency_key = :key""")
                .setParameter("agency", scope.agencyCode()).setParameter("caller", scope.caller())
                .setParameter("key", scope.key())
                .getResultList();
        if (rows.isEmpty()) {
            // purged between the two statements: the key is free again, which a retry will find
            throw new Conflict(PlatformProblem.IDEMPOTENCY_KEY_EXPIRED, scope.key());
        }
        Object[] row = (Object[]) rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new Conflict(PlatformProblem.IDEMPOTENCY_KEY_REUSED, scope.key());
        }
        return Optional.of(new StoredAnswer(((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5]));
    }

    /** Stores the answer of the claimed request; it commits with the request's effect. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Scope scope, StoredAnswer answer) {
        entityManager.createNativeQuery("""
                        update idempotent_request
                        set status = :status, content_type = :type, body = :body, location = :location, etag = :etag
                        where agency_code = :agency and caller = :caller and idempotency_key = :key""")
                .setParameter("status", answer.status()).setParameter("type", answer.contentType())
                .setParameter("body", answer.body()).setParameter("location", answer.location())
                .setParameter("etag", answer.etag())
                .setParameter("agency", scope.agencyCode()).setParameter("caller", scope.caller())
                .setParameter("key", scope.key())
                .executeUpdate();
    }

    /** Forgets the keys older than the retention, so the table holds about one retention period of writes. */
    @Scheduled(every = "${kinerja.idempotency.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            int purged = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "delete from idempotent_request where created_at < :expired")
                    .setParameter("expired", clock.instant().minus(config.retention()))
                    .executeUpdate());
            LOG.debugf("Purged %d expired Idempotency-Keys", purged);
        } catch (RuntimeException e) {
            LOG.warnf("Could not purge expired Idempotency-Keys, trying again later: %s", e.toString());
        }
    }
}
