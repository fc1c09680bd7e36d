package id.go.kinerja.platform.worktime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock service levels are measured on. Injected rather than read from {@code Instant.now()}, so a test can
 * replace it with one it moves forward and watch a step become overdue.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
