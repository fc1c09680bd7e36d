package id.go.kinerja.measurement.sop;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "B4: the team declares the measurement methodology (kertas kerja pengukuran) ready; refused "
        + "while an indicator of the agency has none")
public record MethodologyReady(
        @Schema(description = "Catatan", example = "Metodologi 24 indikator ditetapkan sesuai indikator SMART")
        @Size(max = 4000) String note) {
}
