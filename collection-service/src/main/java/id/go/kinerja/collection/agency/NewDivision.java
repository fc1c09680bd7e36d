package id.go.kinerja.collection.agency;

import id.go.kinerja.collection.support.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A division (bidang) to create")
public record NewDivision(
        @Schema(description = "The code tokens carry in their division claim", example = "PERDAGANGAN")
        @NotNull @Pattern(regexp = Codes.DIVISION, message = Codes.DIVISION_TEMPLATE) String code,
        @Schema(example = "Bidang Perdagangan") @NotBlank @Size(max = 200) String name) {
}
