package id.go.kinerja.approval.recap;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL keeps them, so that a time read back equals the time published in an event. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
