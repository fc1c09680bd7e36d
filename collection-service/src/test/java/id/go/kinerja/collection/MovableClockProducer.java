package id.go.kinerja.collection;

import id.go.kinerja.infrastructure.MovableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Replaces the platform's clock producer for every test of the module with the {@link MovableClock}. */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return MovableClock.CLOCK;
    }
}
