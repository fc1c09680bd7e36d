package id.go.kinerja.approval.disposition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The Head's disposition (disposisi Kepala Dinas) on an approved recap")
public record DispositionRequest(
        @Schema(description = "The disposition text", required = true,
                example = "Terima kasih. Gunakan sebagai bahan LKjIP dan evaluasi triwulan berikutnya.")
        @NotBlank @Size(max = 4000) String text) {
}
