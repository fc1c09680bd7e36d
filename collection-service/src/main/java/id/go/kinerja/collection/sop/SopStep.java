package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.StepRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One SOP step of a collection round in one cycle (a return of the recap starts the next cycle at A6). */
@Entity
@Table(name = "sop_step")
public class SopStep extends StepRow<CollectionStep> {

    public SopStep() {
        super(CollectionStep.class);
    }
}
