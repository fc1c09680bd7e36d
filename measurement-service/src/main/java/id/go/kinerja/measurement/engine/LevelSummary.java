package id.go.kinerja.measurement.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Summary of one level of the plan (e.g. all Sasaran of an agency, whose summary is the headline
 * figure, the IKU), docs/measurement.md 3. Built by {@link MeasurementEngine#summarise}.
 *
 * @param status          {@code OK}, or {@code NOT_EVALUABLE} when no node has a number
 * @param mean            plain mean of the evaluable nodes' achievements, 2 dp HALF_UP;
 *                        {@code null} unless {@code OK}
 * @param predicate       predikat of {@code mean}; {@code null} unless {@code OK}
 * @param predicateCounts evaluable nodes per predicate, highest band first; bands without a node
 *                        are absent
 * @param notEvaluable    nodes without a number
 */
public record LevelSummary(MeasurementStatus status, BigDecimal mean, String predicate,
                           Map<String, Integer> predicateCounts, int notEvaluable) {

    public LevelSummary {
        Objects.requireNonNull(status, "status");
        predicateCounts = Collections.unmodifiableMap(new LinkedHashMap<>(predicateCounts));
    }

    /** Evaluable nodes with the given predicate, 0 if none. */
    public int countOf(String predicate) {
        return predicateCounts.getOrDefault(predicate, 0);
    }
}
