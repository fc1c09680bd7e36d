package id.go.kinerja.collection.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A division (bidang / sekretariat) of the agency")
public record DivisionView(
        @Schema(example = "PERDAGANGAN") String code,
        @Schema(example = "Bidang Perdagangan") String name,
        @Schema(description = "Send it back when renaming (optimistic locking)", example = "0") long version) {

    static DivisionView of(Division division) {
        return new DivisionView(division.code, division.name, division.version);
    }
}
