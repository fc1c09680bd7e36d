package id.go.kinerja.measurement.recap;

import java.util.UUID;

/** Which recap a step hook is about: its agency, period, id and the revision concerned. */
public record RecapRef(String agencyCode, int year, int quarter, UUID recapId, int revision) {
}
