package id.go.kinerja.measurement.recap;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "MeasurementHistory", description = "One measurement of a revision of the recap")
public record MeasurementHistory(
        @Schema(example = "1") int revision,
        @Schema(example = "2") int measuredRevision,
        @Schema(description = "SUBMITTED (collection submitted the revision) or REMEASURED (after a methodology fix)")
        Measurement.Trigger trigger,
        @Schema(description = "Whether it went to the Secretary") boolean forwarded,
        Instant measuredAt,
        String measuredBy,
        @Schema(example = "87.25") BigDecimal headlineAchievement) {
}
