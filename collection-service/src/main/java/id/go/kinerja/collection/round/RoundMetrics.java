package id.go.kinerja.collection.round;

import id.go.kinerja.platform.observability.StatusGauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * {@code kinerja_recaps{agency, status}}: collection rounds per {@link RoundStatus} (the collection side of the
 * recap, next to approval's recaps per status), counted on a schedule, not on every scrape.
 */
@ApplicationScoped
public class RoundMetrics {

    private static final Logger LOG = Logger.getLogger(RoundMetrics.class);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    private StatusGauge<RoundStatus> rounds;

    void start(@Observes StartupEvent startup) {
        rounds = new StatusGauge<>(meters, "kinerja.recaps",
                "Collection rounds (recaps being collected) per agency and status", RoundStatus.class);
        refresh();
    }

    @Scheduled(every = "${kinerja.metrics.refresh-interval:30s}", delayed = "${kinerja.metrics.refresh-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            rounds.update(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                            "select r.agencyCode, r.status, count(r) from CollectionRound r group by r.agencyCode, r.status",
                            Object[].class)
                    .getResultList()));
        } catch (RuntimeException e) {
            // the gauge keeps its last values; a database outage shows in readiness, not here
            LOG.debugf("Round counts not refreshed: %s", e.getMessage());
        }
    }
}
