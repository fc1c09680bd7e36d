package id.go.kinerja.collection.agency;

import id.go.kinerja.platform.api.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A division (bidang / sekretariat) of the agency")
public record DivisionView(
        @Schema(example = "PERDAGANGAN") String code,
        @Schema(example = "Bidang Perdagangan") String name,
        @Schema(description = "The version, also the ETag; send it back as If-Match when renaming", example = "0")
        long version) implements Versioned {

    static DivisionView of(Division division) {
        return new DivisionView(division.code, division.name, division.version);
    }
}
