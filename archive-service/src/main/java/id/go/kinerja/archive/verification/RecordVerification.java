package id.go.kinerja.archive.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Verification of one archived record (verifikasi keutuhan arsip): its content hash and its links in the agency's hash chain")
public record RecordVerification(
        UUID archiveId,
        @Schema(example = "DISDAGTRANS") String agencyCode,
        @Schema(example = "7") long chainPosition,
        @Schema(description = "VALID, or INVALID with the first failed check in failedCheck") Verdict status,
        @Schema(description = "The first check that failed; null when VALID") Check failedCheck,
        @Schema(description = "Every check, in order") List<CheckResult> checks,
        Instant verifiedAt) {
}
