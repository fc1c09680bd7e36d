package id.go.kinerja.collection.plan;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which published plan version something was measured against; travels in RecapSubmitted as well. */
@Schema(description = "The plan version (PK or PK Perubahan) a round was opened on: its targets are the round's")
public record PlanVersionRef(
        UUID id,
        PlanVersionKind kind,
        @Schema(description = "Number within the kind and year: PK_PERUBAHAN 2 is the second revision", example = "1")
        int number) {
}
