package id.go.kinerja.measurement.recap;

/** Approval's {@code RecapApproved} payload as measurement reads it (tolerant reader): the Secretary's note. */
public record RecapApproved(String note) {
}
