package id.go.kinerja.collection.recap;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Exactly what one revision of a recap contained when it was submitted")
public record RevisionView(
        UUID recapId,
        @Schema(example = "1") int revision,
        UUID eventId,
        String submittedBy,
        Instant submittedAt,
        @Schema(description = "The Secretary's return of this revision, or null") RecapView.Return returned,
        @Schema(type = SchemaType.OBJECT, description = "The RecapSubmitted event of this revision as published: "
                + "envelope, nodes, items with targets and realisations (see docs/events.md)")
        JsonNode content) {
}
