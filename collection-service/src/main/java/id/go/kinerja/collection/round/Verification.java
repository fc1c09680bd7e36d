package id.go.kinerja.collection.round;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The division head's cross-check (verifikasi) of an entry")
public record Verification(
        @NotNull Decision decision,
        @Schema(description = "Why it goes back; required for SEND_BACK", example = "Angka tidak sesuai daftar hadir")
        @Size(max = 2000) String reason) {

    @Schema(description = "VERIFY: the value is right; SEND_BACK: the operator must correct it")
    public enum Decision {
        VERIFY, SEND_BACK
    }
}
