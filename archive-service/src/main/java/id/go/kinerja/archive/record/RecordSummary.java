package id.go.kinerja.archive.record;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a list of archived records shows of each: where it belongs and its seal, without the document. */
@Schema(name = "ArchiveRecordSummary", description = "An archived recap revision (arsip hasil pengumpulan dan pengukuran data kinerja), without its document")
public record RecordSummary(
        @Schema(description = "Archive id", example = "5b7e0f3c-2d1a-4c6b-9e8f-0a1b2c3d4e5f") UUID archiveId,
        @Schema(description = "Agency (Perangkat Daerah) code", example = "DISDAGTRANS") String agencyCode,
        @Schema(description = "Agency name", example = "Dinas Perdagangan dan Transmigrasi") String agencyName,
        @Schema(description = "The recap (rekap) this is a revision of") UUID recapId,
        @Schema(description = "Revision of the recap that was approved and disposed", example = "2") int revision,
        @Schema(description = "Collection round (putaran pengumpulan)") UUID roundId,
        @Schema(description = "Year of the period", example = "2025") int year,
        @Schema(description = "Quarter (triwulan) of the period, 1-4", example = "1") int quarter,
        @Schema(description = "When the Head recorded the disposition (disposisi)") Instant disposedAt,
        @Schema(description = "When the archive stored and sealed it") Instant archivedAt,
        @Schema(description = "SHA-256 (hex) of the canonical form of the document", example = "3f1c9a0e6b2d4f8a7c5e1b0d9f3a6c2e8b4d7f1a0c9e5b3d6f2a8c4e1b7d0f9a") String contentHash,
        @Schema(description = "Position in the agency's hash chain, from 1", example = "7") long chainPosition,
        @Schema(description = "Seal of the agency's previous record (64 zeros for the first)") String previousHash,
        @Schema(description = "This record's seal: SHA-256 of previousHash followed by contentHash") String seal,
        @Schema(description = "Archive id of the earlier revision of the same recap this one supersedes, if any") UUID supersedes) {

    static RecordSummary of(ArchiveRecord record) {
        return new RecordSummary(record.id, record.agencyCode, record.agencyName, record.recapId, record.revision,
                record.roundId, record.year, record.quarter, record.disposedAt, record.archivedAt, record.contentHash,
                record.chainPosition, record.previousHash, record.seal, record.supersedesId);
    }
}
