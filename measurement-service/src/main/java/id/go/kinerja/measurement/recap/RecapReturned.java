package id.go.kinerja.measurement.recap;

import java.util.List;

/** Approval's {@code RecapReturned} payload as measurement reads it (tolerant reader). */
public record RecapReturned(String note, List<ReturnedEntry> items) {

    public static final String EVENT_TYPE = "RecapReturned";

    public record ReturnedEntry(String indicatorCode, String reason, ReturnTo returnTo) {
    }
}
