package id.go.kinerja.archive.record;

import java.util.UUID;

/** Which revision of a recap is archived, and where. */
public record ArchivedRevision(UUID id, String agencyCode, int revision) {
}
