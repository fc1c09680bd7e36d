package id.go.kinerja.approval.recap;

/**
 * approval-service's reading of {@code RecapArchived} (docs/events.md): the archive's reference to the
 * stored, sealed document. Tolerant reader: other fields are ignored.
 */
public record RecapArchived(String archiveId, String contentHash, Long chainPosition) {

    public static final String TOPIC = "kinerja.archive.recap-archived";
}
