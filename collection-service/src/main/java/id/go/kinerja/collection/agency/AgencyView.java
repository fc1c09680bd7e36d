package id.go.kinerja.collection.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's agency (perangkat daerah)")
public record AgencyView(
        @Schema(example = "DISDAGTRANS") String code,
        @Schema(description = "Null until the admin names it (plan document agencyName)",
                example = "Dinas Perdagangan dan Transmigrasi") String name) {
}
