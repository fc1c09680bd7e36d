package id.go.kinerja.measurement.recap;

import id.go.kinerja.measurement.methodology.MethodologyService;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.ListWindow;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.NotFound;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of measured recaps, always within the caller's agency: another agency's recap does not exist. */
@ApplicationScoped
public class RecapQueries {

    @Inject
    MethodologyService methodologies;

    @Inject
    MeasuringGate gate;

    /** What a list of recaps can be sorted by, and its order when no sort is asked for: newest period first. */
    static final ListWindow.Fields LIST_FIELDS = ListWindow.Fields.of("recapId", "updatedAt",
                    Sort.descending("year", "quarter").and("updatedAt", Sort.Direction.Descending))
            .sortable("year", "year")
            .sortable("quarter", "quarter");

    @Transactional
    public PageOf<RecapSummary> list(String agencyCode, Integer year, Integer quarter, RecapStatus state,
                                     ListParameters window, int page, int size) {
        StringBuilder query = new StringBuilder("agencyCode = :agency");
        Parameters parameters = Parameters.with("agency", agencyCode);
        if (year != null) {
            query.append(" and year = :year");
            parameters.and("year", year);
        }
        if (quarter != null) {
            query.append(" and quarter = :quarter");
            parameters.and("quarter", quarter);
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        ListWindow list = ListWindow.of(window, LIST_FIELDS, page, size);
        String where = list.where(query.toString(), parameters);
        List<RecapSummary> items = Recap.find(where, list.sort(), parameters)
                .project(RecapSummary.class)
                .range(list.firstRow(), list.lastRow())
                .list();
        return list.page(items, Recap.count(where, parameters), RecapSummary::updatedAt, RecapSummary::recapId);
    }

    /**
     * The current measurement of the recap's latest revision; for a recap held until B1-B4 are done, its state and the
     * steps it waits for.
     */
    @Transactional
    public MeasurementView latest(String agencyCode, UUID recapId) {
        Recap recap = recapOf(agencyCode, recapId);
        if (recap.state == RecapStatus.AWAITING_SOP) {
            List<MeasurementView.PendingStep> waitingFor = gate.stepsBeforeMeasuring(agencyCode, recap.year, recap.quarter)
                    .stream().map(step -> new MeasurementView.PendingStep(step.name(), step.definition().nameId(),
                            step.definition().nameEn(), step.definition().ownerRole()))
                    .toList();
            return MeasurementView.awaitingSop(recap, waitingFor, Measurement.historyOf(recap.recapId));
        }
        return measurement(agencyCode, recapId, null, null);
    }

    /**
     * A measurement of the recap: of the given revision (default the latest), its current one or the
     * given earlier one.
     */
    @Transactional
    public MeasurementView measurement(String agencyCode, UUID recapId, Integer revision, Integer measuredRevision) {
        Recap recap = recapOf(agencyCode, recapId);
        int ofRevision = revision == null ? recap.currentRevision : revision;
        Measurement measurement = (measuredRevision == null
                ? Measurement.latestOf(recapId, ofRevision)
                : Measurement.of(recapId, ofRevision, measuredRevision))
                .orElseThrow(() -> new NotFound(MeasurementProblem.MEASUREMENT_NOT_FOUND, recapId, ofRevision));
        return MeasurementView.of(recap, measurement, measurement.content(), Measurement.historyOf(recap.recapId));
    }

    /** Items of the current revision the Secretary returned to MEASUREMENT, and whether each is fixed. */
    @Transactional
    public ReopenedView reopened(String agencyCode, UUID recapId) {
        Recap recap = Recap.ofAgency(agencyCode, recapId).orElseThrow(() -> new NotFound(MeasurementProblem.RECAP_NOT_FOUND, recapId));
        if (recap.state != RecapStatus.RETURNED) {
            return new ReopenedView(recap.recapId, recap.currentRevision, recap.state, null, List.of(), 0);
        }
        Map<String, MethodologyService.Current> current = methodologies.currentOf(agencyCode);
        Map<String, String> names = new HashMap<>();
        Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content().items()
                .forEach(item -> names.put(item.indicatorCode(), item.indicatorName()));
        List<ReturnedItem> returned = ReturnedItem.of(recap.recapId, recap.currentRevision);
        List<ReopenedView.Item> items = returned.stream()
                .filter(ReturnedItem::toMeasurement)
                .map(item -> {
                    int now = RemeasuringRecap.versionOf(current, item.key.indicatorCode());
                    return new ReopenedView.Item(item.key.indicatorCode(), names.get(item.key.indicatorCode()),
                            item.reason, item.methodologyVersionAtReturn, now, now > item.methodologyVersionAtReturn);
                })
                .toList();
        int toCollection = (int) returned.stream().filter(item -> !item.toMeasurement()).count();
        return new ReopenedView(recap.recapId, recap.currentRevision, recap.state, recap.returnNote, items, toCollection);
    }

    private static Recap recapOf(String agencyCode, UUID recapId) {
        return Recap.ofAgency(agencyCode, recapId).orElseThrow(() -> new NotFound(MeasurementProblem.RECAP_NOT_FOUND, recapId));
    }
}
