package id.go.kinerja.approval.recap;

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

/** {@code kinerja_recaps{agency, status}}: recaps per approval status, counted on a schedule, not on every scrape. */
@ApplicationScoped
public class RecapMetrics {

    private static final Logger LOG = Logger.getLogger(RecapMetrics.class);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    private StatusGauge<RecapStatus> recaps;

    void start(@Observes StartupEvent startup) {
        recaps = new StatusGauge<>(meters, "kinerja.recaps", "Recaps in the approval service per agency and status",
                RecapStatus.class);
        refresh();
    }

    @Scheduled(every = "${kinerja.metrics.refresh-interval:30s}", delayed = "${kinerja.metrics.refresh-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            recaps.update(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                            "select r.agencyCode, r.status, count(r) from Recap r group by r.agencyCode, r.status",
                            Object[].class)
                    .getResultList()));
        } catch (RuntimeException e) {
            // the gauge keeps its last values; a database outage shows in readiness, not here
            LOG.debugf("Recap counts not refreshed: %s", e.getMessage());
        }
    }
}
