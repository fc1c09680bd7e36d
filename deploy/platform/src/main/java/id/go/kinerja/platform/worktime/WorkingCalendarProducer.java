package id.go.kinerja.platform.worktime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/** Makes the configured {@link WorkingCalendar} injectable. */
@ApplicationScoped
public class WorkingCalendarProducer {

    @Produces
    @Singleton
    WorkingCalendar workingCalendar(CalendarConfig config) {
        return new WorkingCalendar(config.zone(), config.workingDays(), config.start(), config.end(),
                config.holidays().orElse(Set.of()));
    }
}
