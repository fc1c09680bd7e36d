package id.go.kinerja.collection.round;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * {@code kinerja_recaps{agency, status}}: collection rounds per {@link RoundStatus}, for the SOP dashboard (the
 * collection side of the recap, next to approval's recaps per status). Counted from the database on a schedule
 * (one grouped query), not on every scrape. Each agency that has rounds shows every status, zero included, so a
 * status that empties reads 0 instead of vanishing.
 */
@ApplicationScoped
public class RoundMetrics {

    private static final Logger LOG = Logger.getLogger(RoundMetrics.class);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    private MultiGauge rounds;

    void start(@Observes StartupEvent startup) {
        rounds = MultiGauge.builder("kinerja.recaps")
                .description("Collection rounds (recaps being collected) per agency and status")
                .register(meters);
        refresh();
    }

    @Scheduled(every = "${kinerja.metrics.refresh-interval:30s}", delayed = "${kinerja.metrics.refresh-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Map<String, Map<RoundStatus, Long>> counts = QuarkusTransaction.requiringNew().call(this::countByAgencyAndStatus);
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            counts.forEach((agency, byStatus) -> byStatus.forEach((status, count) ->
                    rows.add(MultiGauge.Row.of(Tags.of("agency", agency, "status", status.name()), count))));
            rounds.register(rows, true);
        } catch (RuntimeException e) {
            // the gauge keeps its last values; a database outage shows in readiness, not here
            LOG.debugf("Round counts not refreshed: %s", e.getMessage());
        }
    }

    private Map<String, Map<RoundStatus, Long>> countByAgencyAndStatus() {
        List<Object[]> rows = entityManager.createQuery(
                        "select r.agencyCode, r.status, count(r) from CollectionRound r group by r.agencyCode, r.status",
                        Object[].class)
                .getResultList();
        Map<String, Map<RoundStatus, Long>> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], agency -> zeroForEveryStatus())
                    .put((RoundStatus) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    private static Map<RoundStatus, Long> zeroForEveryStatus() {
        Map<RoundStatus, Long> counts = new EnumMap<>(RoundStatus.class);
        for (RoundStatus status : RoundStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }
}
