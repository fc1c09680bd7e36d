package id.go.kinerja.archive.verification;

import id.go.kinerja.archive.record.ArchiveRecord;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * {@code kinerja_archive_chain_valid{agency}}: 1 when the agency's hash chain verified on the last periodic check,
 * else 0, for the archive dashboard and the KinerjaArchiveChainBroken alert. The check walks every chain with the
 * same verification an auditor gets from {@code GET /api/archive/chain/verification}; it runs on a schedule because
 * it re-hashes every document, far too much work for each scrape.
 */
@Startup
@ApplicationScoped
public class ChainMetrics {

    private static final Logger LOG = Logger.getLogger(ChainMetrics.class);

    @Inject
    VerificationService verification;

    @Inject
    MeterRegistry meters;

    private MultiGauge chainValid;

    /** The outcome of each agency's last check; only the scheduled check, never concurrent, touches it. */
    private Map<String, Integer> lastOutcomes = Map.of();

    /** Registered when the bean is created, at start-up, so the first scheduled check always finds it. */
    @PostConstruct
    void register() {
        chainValid = MultiGauge.builder("kinerja.archive.chain.valid")
                .description("1 when the agency's archive hash chain verified on the last check, else 0")
                .register(meters);
    }

    @Scheduled(every = "${kinerja.metrics.chain-check-interval:10m}", delayed = "${kinerja.metrics.chain-check-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        List<String> agencies;
        try {
            agencies = QuarkusTransaction.requiringNew().call(ChainMetrics::agenciesWithRecords);
        } catch (RuntimeException e) {
            // the gauge keeps its last values; a database outage shows in readiness, not here
            LOG.debugf("Archive chains not checked: %s", e.getMessage());
            return;
        }
        Map<String, Integer> valid = new TreeMap<>();
        for (String agency : agencies) {
            try {
                ChainVerification chain = verification.verifyChain(agency);
                valid.put(agency, chain.status() == Verdict.VALID ? 1 : 0);
                if (chain.status() != Verdict.VALID) {
                    LOG.warnf("Archive chain of %s is broken at position %d: %s", agency,
                            chain.firstBroken().chainPosition(), chain.firstBroken().detail());
                }
            } catch (RuntimeException e) {
                // not verified is not proven broken: the agency keeps the outcome of its last check
                LOG.debugf("Archive chain of %s not checked: %s", agency, e.getMessage());
                Integer last = lastOutcomes.get(agency);
                if (last != null) {
                    valid.put(agency, last);
                }
            }
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        valid.forEach((agency, value) -> rows.add(MultiGauge.Row.of(Tags.of("agency", agency), value)));
        chainValid.register(rows, true);
        lastOutcomes = valid;
    }

    private static List<String> agenciesWithRecords() {
        return ArchiveRecord.getEntityManager()
                .createQuery("select distinct r.agencyCode from ArchiveRecord r order by r.agencyCode", String.class)
                .getResultList();
    }
}
