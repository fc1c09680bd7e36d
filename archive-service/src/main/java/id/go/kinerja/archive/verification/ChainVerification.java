package id.go.kinerja.archive.verification;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Verification of the caller's agency's whole hash chain, from position 1 to the newest record")
public record ChainVerification(
        @Schema(example = "DISDAGTRANS") String agencyCode,
        @Schema(description = "Records checked before the first broken link, or all of them") long recordsChecked,
        Verdict status,
        @Schema(description = "The first broken link; null when VALID") BrokenLink firstBroken,
        Instant verifiedAt) {

    @Schema(description = "Where the chain first breaks")
    public record BrokenLink(long chainPosition, UUID archiveId, Check failedCheck, String detail) {
    }
}
