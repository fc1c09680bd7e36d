package id.go.kinerja.measurement.sop;

import id.go.kinerja.platform.procedure.StepClock;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service levels of steps in the configured working calendar. */
@ApplicationScoped
public class StepClockProducer {

    @Produces
    @Singleton
    StepClock stepClock(WorkingCalendar calendar) {
        return new StepClock(calendar);
    }
}
