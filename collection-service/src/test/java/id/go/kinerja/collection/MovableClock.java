package id.go.kinerja.collection;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system clock until a test sets it to an instant, then that instant until the
 * test moves it on or lets it go. Replaces the platform's clock producer for every test of the module.
 */
public final class MovableClock extends Clock {

    static final MovableClock CLOCK = new MovableClock();

    private volatile Instant fixed;

    private MovableClock() {
    }

    static void set(Instant instant) {
        CLOCK.fixed = instant;
    }

    static void advance(Duration duration) {
        CLOCK.fixed = CLOCK.instant().plus(duration);
    }

    static void release() {
        CLOCK.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads instants only");
    }

    @Alternative
    @Priority(1)
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return CLOCK;
        }
    }
}
