package id.go.kinerja.collection.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The targets of an indicator for one year, replacing what was there: four (quarters 1-4) "
        + "for a QUARTERLY indicator, one (quarter 4) for an ANNUAL one, none to drop the indicator from that year")
public record TargetsChange(
        @NotNull @Size(max = 4) List<@Valid @NotNull Target> targets) {
}
