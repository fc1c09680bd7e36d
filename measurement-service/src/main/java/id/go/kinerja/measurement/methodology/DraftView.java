package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodologyDraft", description = "A draft methodology prefilled from the published plan (rancangan "
        + "metodologi), awaiting the team's review: not used for measuring until confirmed")
public record DraftView(
        Polarity polarity,
        ValueType valueType,
        Frequency frequency,
        PeriodAggregation periodAggregation,
        @Schema(description = "Grade scale of a PREDICATE indicator, from the grades its targets use", example = "SAKIP")
        String gradeScale,
        @Schema(description = "False when the plan's hints are not enough for a methodology (e.g. a PREDICATE whose "
                + "targets fit no single grade scale): the team must set it") boolean complete) {

    static DraftView of(IndicatorHints hints) {
        return hints.methodology().map(DraftView::of).orElseGet(() -> new DraftView(parse(Polarity.class, hints.polarity()),
                parse(ValueType.class, hints.valueType()), parse(Frequency.class, hints.frequency()),
                parse(PeriodAggregation.class, hints.periodAggregation()), null, false));
    }

    private static DraftView of(Methodology methodology) {
        return new DraftView(methodology.polarity(), methodology.valueType(), methodology.frequency(),
                methodology.periodAggregation(), methodology.gradeScale(), true);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
