package id.go.kinerja.measurement.recap;

/** The archive's {@code RecapArchived} payload as measurement reads it (tolerant reader): where the record is. */
public record RecapArchived(String archiveId, String contentHash) {
}
