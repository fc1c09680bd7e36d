package id.go.kinerja.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in tests: the system clock until a test sets it to an instant, then that instant until the
 * test moves it on or lets it go. A service's tests make {@link #CLOCK} their {@code Clock} with a CDI alternative
 * producer of their own (this module is no bean archive, so that no other service's tests get it unasked).
 */
public final class MovableClock extends Clock {

    public static final MovableClock CLOCK = new MovableClock();

    private volatile Instant fixed;

    private MovableClock() {
    }

    public static void set(Instant instant) {
        CLOCK.fixed = instant;
    }

    public static void advance(Duration duration) {
        CLOCK.fixed = CLOCK.instant().plus(duration);
    }

    public static void release() {
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
}
