package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.support.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A plan node to create: tujuan (GOAL), sasaran (OBJECTIVE), program, kegiatan (ACTIVITY) or "
        + "sub kegiatan (SUB_ACTIVITY). Every node but a goal hangs under an existing node of the level just above.")
public record NewNode(
        @Schema(description = "SIPD code for programs and below, the agency's own for goals and objectives",
                example = "3.30.03") @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String code,
        @Schema(example = "PROGRAM") @NotNull NodeLevel level,
        @Schema(example = "Program Peningkatan Sarana Distribusi Perdagangan") @NotBlank @Size(max = 500) String name,
        @Schema(description = "Code of the parent node; null for a goal", example = "S2")
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_TEMPLATE) String parentCode) {
}
