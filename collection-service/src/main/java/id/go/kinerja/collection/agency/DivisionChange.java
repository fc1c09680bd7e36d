package id.go.kinerja.collection.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new name for a division, with the version it was read at")
public record DivisionChange(
        @Schema(example = "Bidang Metrologi Legal") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The version of the division as read; a stale one is refused (409)", example = "0")
        @NotNull Long version) {
}
