package id.go.kinerja.measurement.recap;

import id.go.kinerja.measurement.methodology.MethodologyService;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Re-measuring a revision after a fix (SOP B6-B7 again), at the SAKIP team's request: after the Secretary returned
 * items to MEASUREMENT and each has a newer methodology version, after a measurement was held back for missing
 * methodologies and none is missing any more, or for a revision held for the SOP once B1-B4 are done.
 */
@ApplicationScoped
public class RemeasuringRecap {

    @Inject
    MethodologyService methodologies;

    @Inject
    MeasuringRevision measuring;

    @Inject
    MeasuringGate gate;

    /**
     * Measures the current revision again with the methodologies now in force and sends the result
     * to the Secretary as the next measured revision. Allowed after a return to MEASUREMENT once
     * every such item has a newer methodology version, or for a measurement held back because
     * methodologies were missing once none is.
     */
    @Transactional
    public MeasurementView remeasure(String agencyCode, UUID recapId, Actor actor) {
        Recap recap = Recap.lockedOfAgency(agencyCode, recapId).orElseThrow(() -> new NotFound(MeasurementProblem.RECAP_NOT_FOUND, recapId));
        recap.requireRemeasurable();
        switch (recap.state) {
            case RETURNED -> requireReturnedMethodologiesFixed(recap);
            case AWAITING_METHODOLOGY -> requireMethodologiesPresent(recap);
            case AWAITING_SOP -> {
                // B1-B4 are normally released with the step that completes them; this is that step's race
                gate.requireReadyToMeasure(recap.agencyCode, recap.year, recap.quarter);
                Measurement measurement = measuring.measure(recap, recap.heldRevision(), Measurement.Trigger.SUBMITTED,
                        actor);
                return MeasurementView.of(recap, measurement, measurement.content(),
                        Measurement.historyOf(recap.recapId));
            }
            default -> throw new IllegalStateException("Recap " + recapId + " is " + recap.state);
        }
        RecapMeasured previous = Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content();
        RecapSubmitted content = new RecapSubmitted(previous.agencyName(), previous.roundId(), previous.year(),
                previous.quarter(),
                previous.nodes().stream().map(RecapMeasured.MeasuredNode::submitted).toList(),
                previous.items().stream().map(RecapMeasured.MeasuredItem::submitted).toList());
        Measurement measurement = measuring.measure(recap, content, Measurement.Trigger.REMEASURED, actor);
        return MeasurementView.of(recap, measurement, measurement.content(), Measurement.historyOf(recap.recapId));
    }

    private void requireReturnedMethodologiesFixed(Recap recap) {
        List<ReturnedItem> returned = ReturnedItem.of(recap.recapId, recap.currentRevision);
        List<String> toMeasurement = returned.stream().filter(ReturnedItem::toMeasurement)
                .map(item -> item.key.indicatorCode()).toList();
        if (toMeasurement.isEmpty()) {
            throw new Conflict(MeasurementProblem.NOTHING_RETURNED_TO_MEASUREMENT, recap.currentRevision);
        }
        List<String> toCollection = returned.stream().filter(item -> !item.toMeasurement())
                .map(item -> item.key.indicatorCode()).toList();
        if (!toCollection.isEmpty()) {
            throw new Conflict(MeasurementProblem.ITEMS_RETURNED_TO_COLLECTION, Map.of("indicators", toCollection),
                    recap.currentRevision);
        }
        Map<String, MethodologyService.Current> current = methodologies.currentOf(recap.agencyCode);
        List<String> unchanged = returned.stream()
                .filter(item -> versionOf(current, item.key.indicatorCode()) <= item.methodologyVersionAtReturn)
                .map(item -> item.key.indicatorCode())
                .toList();
        if (!unchanged.isEmpty()) {
            throw new Conflict(MeasurementProblem.METHODOLOGY_UNCHANGED, Map.of("indicators", unchanged), unchanged.size());
        }
    }

    private void requireMethodologiesPresent(Recap recap) {
        Map<String, MethodologyService.Current> current = methodologies.currentOf(recap.agencyCode);
        RecapMeasured held = Measurement.latestOf(recap.recapId, recap.currentRevision).orElseThrow().content();
        List<String> stillMissing = MeasuringRevision.missingMethodologies(held).stream()
                .filter(code -> !current.containsKey(code))
                .toList();
        if (!stillMissing.isEmpty()) {
            throw new Conflict(MeasurementProblem.RECAP_METHODOLOGIES_MISSING, Map.of("indicators", stillMissing),
                    stillMissing.size());
        }
    }

    /** The version of the indicator's methodology now in force, 0 if it has none. */
    static int versionOf(Map<String, MethodologyService.Current> current, String indicatorCode) {
        MethodologyService.Current methodology = current.get(indicatorCode);
        return methodology == null ? 0 : methodology.version();
    }
}
