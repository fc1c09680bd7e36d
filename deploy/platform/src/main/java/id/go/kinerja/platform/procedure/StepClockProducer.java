package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.worktime.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service levels of steps in the configured working calendar, for every service with SOP steps. */
@ApplicationScoped
public class StepClockProducer {

    @Produces
    @Singleton
    StepClock stepClock(WorkingCalendar calendar) {
        return new StepClock(calendar);
    }
}
