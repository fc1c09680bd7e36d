package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.plan.PlanIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a methodology departs from what the published plan says of its indicator. */
@Schema(name = "PlanDisagreement", description = "A field in which the methodology differs from the published plan "
        + "(perbedaan dengan rencana kinerja)")
public record PlanDisagreement(
        @Schema(example = "frequency") String field,
        @Schema(description = "What the plan says", example = "QUARTERLY") String plan,
        @Schema(description = "What the methodology says", example = "ANNUAL") String methodology) {

    /** Every disagreement of the methodology with the plan's row; none without a plan row. */
    static List<PlanDisagreement> between(PlanIndicator plan, Methodology methodology) {
        List<PlanDisagreement> found = new ArrayList<>();
        if (plan == null || methodology == null) {
            return found;
        }
        compare(found, "polarity", plan.polarity, methodology.polarity().name());
        compare(found, "valueType", plan.valueType, methodology.valueType().name());
        compare(found, "frequency", plan.frequency, methodology.frequency().name());
        compare(found, "periodAggregation", plan.periodAggregation, methodology.periodAggregation().name());
        return found;
    }

    private static void compare(List<PlanDisagreement> found, String field, String plan, String methodology) {
        if (plan != null && !Objects.equals(plan, methodology)) {
            found.add(new PlanDisagreement(field, plan, methodology));
        }
    }

    /** The disagreements in words of no language, e.g. {@code frequency ANNUAL ≠ QUARTERLY} (methodology ≠ plan). */
    static String describe(List<PlanDisagreement> disagreements) {
        return String.join(", ", disagreements.stream()
                .map(d -> d.field() + " " + d.methodology() + " \u2260 " + d.plan()).toList());
    }
}
