package id.go.kinerja.measurement.sop;

import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.StepRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A step B1-B10 of a measurement round in one cycle: a return of the recap starts the next cycle at B5. */
@Entity
@Table(name = "sop_step")
public class SopStep extends StepRow<MeasurementStep> {

    public SopStep() {
        super(MeasurementStep.class);
    }
}
