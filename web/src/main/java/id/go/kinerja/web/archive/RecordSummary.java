package id.go.kinerja.web.archive;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;

/** An archived record as archive-service describes it ({@code ArchiveRecordSummary}): its period and its seal. */
public record RecordSummary(String archiveId, String agencyCode, String agencyName, String recapId, int revision,
                            String roundId, int year, int quarter, String disposedAt, String archivedAt,
                            String contentHash, long chainPosition, String previousHash, String seal, String supersedes) {

    static RecordSummary of(JsonNode record) {
        return new RecordSummary(record.path("archiveId").asText(), record.path("agencyCode").asText(),
                record.path("agencyName").asText(""), record.path("recapId").asText(), record.path("revision").asInt(),
                record.path("roundId").asText(null), record.path("year").asInt(), record.path("quarter").asInt(),
                record.path("disposedAt").asText(null), record.path("archivedAt").asText(null),
                record.path("contentHash").asText(), record.path("chainPosition").asLong(),
                record.path("previousHash").asText(), record.path("seal").asText(),
                record.path("supersedes").isTextual() ? record.path("supersedes").asText() : null);
    }

    public String archivedAtText() {
        return IndonesianFormats.waktu(archivedAt);
    }

    public String disposedAtText() {
        return IndonesianFormats.waktu(disposedAt);
    }

    /** The seal's first characters, enough to tell records apart in a list. */
    public String sealShort() {
        return seal.length() > 16 ? seal.substring(0, 16) + "…" : seal;
    }
}
