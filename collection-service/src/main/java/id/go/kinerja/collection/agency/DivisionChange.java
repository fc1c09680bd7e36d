package id.go.kinerja.collection.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new name for a division; the version read goes in If-Match")
public record DivisionChange(
        @Schema(example = "Bidang Metrologi Legal") @NotBlank @Size(max = 200) String name) {
}
