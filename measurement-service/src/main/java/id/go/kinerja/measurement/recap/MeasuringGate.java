package id.go.kinerja.measurement.recap;

import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.Procedure;
import java.util.List;
import java.util.Optional;

/**
 * Whether a recap of a period may be measured now: the SOP timeline answers (B1-B4 of the period must be done).
 * Asked inside the transaction that would measure it; the answer holds until it ends.
 */
public interface MeasuringGate {

    /** The step that must be done before the period's recap may be measured (B1 when the round was not opened). */
    Optional<MeasurementStep> stepBeforeMeasuring(String agencyCode, int year, int quarter);

    /** The steps of B1-B4 of the period that are not done yet, in the SOP's order (all four before the round opens). */
    List<MeasurementStep> stepsBeforeMeasuring(String agencyCode, int year, int quarter);

    /** Refuses (409) while B1-B4 are not done, naming the step that must come first. */
    default void requireReadyToMeasure(String agencyCode, int year, int quarter) {
        stepBeforeMeasuring(agencyCode, year, quarter).ifPresent(first -> {
            throw Procedure.outOfOrder(first, MeasurementStep.B5,
                    "the recap of " + year + " Q" + quarter + " is measured once B1-B4 are done");
        });
    }
}
