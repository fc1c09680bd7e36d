package id.go.kinerja.measurement.recap;

import id.go.kinerja.measurement.engine.BudgetAbsorption;
import id.go.kinerja.measurement.engine.IndicatorData;
import id.go.kinerja.measurement.engine.IndicatorResult;
import id.go.kinerja.measurement.engine.LevelSummary;
import id.go.kinerja.measurement.engine.MeasurementEngine;
import id.go.kinerja.measurement.engine.MeasurementStatus;
import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.Period;
import id.go.kinerja.measurement.engine.Realisation;
import id.go.kinerja.measurement.engine.RefusedInputException;
import id.go.kinerja.measurement.engine.RollUp;
import id.go.kinerja.measurement.engine.Target;
import id.go.kinerja.measurement.methodology.GradeScales;
import id.go.kinerja.measurement.methodology.MethodologyService.Current;
import id.go.kinerja.measurement.recap.RecapMeasured.CombinedValue;
import id.go.kinerja.measurement.recap.RecapMeasured.ItemResult;
import id.go.kinerja.measurement.recap.RecapMeasured.MeasuredItem;
import id.go.kinerja.measurement.recap.RecapMeasured.MeasuredNode;
import id.go.kinerja.measurement.recap.RecapMeasured.NodeRollUp;
import id.go.kinerja.measurement.recap.RecapSubmitted.PlanNode;
import id.go.kinerja.measurement.recap.RecapSubmitted.RealisationEntry;
import id.go.kinerja.measurement.recap.RecapSubmitted.RecapItem;
import id.go.kinerja.measurement.recap.RecapSubmitted.TargetEntry;
import id.go.kinerja.measurement.scale.PredicateScaleService.AppliedScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Applies the measurement engine to a whole recap: a result per item with the methodology in force,
 * a roll-up per plan node, a summary per level and the headline (the OBJECTIVE level, the IKU).
 * No state and no framework: what it returns depends only on what it is given.
 */
final class RecapMeasurer {

    /** Plan levels from the top; a level the recap names that is not here is summarised after them. */
    static final List<String> LEVELS = List.of("GOAL", "OBJECTIVE", "PROGRAM", "ACTIVITY", "SUB_ACTIVITY");
    static final String HEADLINE_LEVEL = "OBJECTIVE";

    private final MeasurementEngine engine;
    private final AppliedScale scale;
    private final Map<String, Current> methodologies;

    RecapMeasurer(AppliedScale scale, BigDecimal ceiling, Map<String, Current> methodologies) {
        this.engine = new MeasurementEngine(scale.scale(), ceiling, GradeScales.KNOWN);
        this.scale = scale;
        this.methodologies = methodologies;
    }

    RecapMeasured measure(RecapSubmitted recap, int measuredRevision) {
        Period period = periodOf(recap.quarter());
        List<MeasuredItem> items = new ArrayList<>(recap.items().size());
        Map<String, List<RollUp.Member>> membersByNode = new LinkedHashMap<>();
        Map<String, Integer> itemsByNode = new LinkedHashMap<>();
        for (RecapItem item : recap.items()) {
            Current current = methodologies.get(item.indicatorCode());
            itemsByNode.merge(String.valueOf(item.nodeCode()), 1, Integer::sum);
            if (current == null) {
                items.add(item.measured(new ItemResult(RecapMeasured.METHODOLOGY_MISSING, null, null, List.of(), null,
                        null, null, null, null, "the indicator has no measurement methodology yet")));
                continue;
            }
            try {
                IndicatorResult result = engine.measure(dataOf(item, current.methodology(), recap.quarter()), period);
                String note = result.status() == MeasurementStatus.INCOMPLETE
                        ? missingNote(item, current.methodology(), recap.quarter()) : null;
                items.add(item.measured(resultOf(result, current.version(), note)));
                membersByNode.computeIfAbsent(String.valueOf(item.nodeCode()), code -> new ArrayList<>())
                        .add(new RollUp.Member(result, current.methodology().weight()));
            } catch (RefusedInputException refused) {
                items.add(item.measured(new ItemResult(MeasurementStatus.NOT_EVALUABLE.name(), null, null,
                        List.of(RecapMeasured.INVALID_DATA), null, null, null, null, current.version(),
                        refused.getMessage())));
            }
        }

        List<MeasuredNode> nodes = new ArrayList<>(recap.nodes().size());
        Map<String, List<RollUp>> rollUpsByLevel = new LinkedHashMap<>();
        LEVELS.forEach(level -> rollUpsByLevel.put(level, new ArrayList<>()));
        for (PlanNode node : recap.nodes()) {
            RollUp rollUp = engine.rollUp(membersByNode.getOrDefault(node.code(), List.of()));
            int itemCount = itemsByNode.getOrDefault(node.code(), 0);
            nodes.add(node.measured(new NodeRollUp(rollUp.status().name(), rollUp.achievement(), rollUp.predicate(),
                    absorptionOf(node), rollUp.evaluated(), itemCount - rollUp.evaluated())));
            rollUpsByLevel.computeIfAbsent(String.valueOf(node.level()), level -> new ArrayList<>()).add(rollUp);
        }

        List<RecapMeasured.LevelSummary> summaries = new ArrayList<>();
        BigDecimal headline = null;
        for (Map.Entry<String, List<RollUp>> level : rollUpsByLevel.entrySet()) {
            if (level.getValue().isEmpty()) {
                continue;
            }
            LevelSummary summary = engine.summarise(level.getValue());
            summaries.add(new RecapMeasured.LevelSummary(level.getKey(), summary.status().name(), summary.mean(),
                    summary.predicate(), level.getValue().size(), summary.notEvaluable(), summary.predicateCounts()));
            if (HEADLINE_LEVEL.equals(level.getKey())) {
                headline = summary.mean();
            }
        }
        return new RecapMeasured(recap.agencyName(), recap.roundId(), recap.year(), recap.quarter(), nodes, items,
                summaries, headline, measuredRevision,
                new RecapMeasured.ScaleRef(scale.id(), scale.scale().name(), scale.scale().effectiveFrom()),
                engine.ceiling());
    }

    /** Quarters 1-3 are reported to date; quarter 4 is the annual report. */
    static Period periodOf(int quarter) {
        return switch (quarter) {
            case 1 -> Period.Q1;
            case 2 -> Period.Q2;
            case 3 -> Period.Q3;
            case 4 -> Period.YEAR;
            default -> throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        };
    }

    /**
     * The engine's input for one item. A quarterly indicator needs a target for every quarter; its
     * realisations count up to the recap's quarter. An annual indicator uses its quarter-4 entries.
     */
    private static IndicatorData dataOf(RecapItem item, Methodology methodology, int quarter) {
        List<TargetEntry> targets = Objects.requireNonNullElse(item.targets(), List.of());
        List<RealisationEntry> realisations = Objects.requireNonNullElse(item.realisations(), List.of());
        if (methodology.frequency() == Frequency.ANNUAL) {
            TargetEntry target = annualEntry(targets, TargetEntry::quarter);
            if (target == null) {
                throw new RefusedInputException(RefusedInputException.Reason.INVALID_VALUE,
                        "an annual indicator needs its target for quarter 4");
            }
            RealisationEntry realisation = quarter == 4 ? annualEntry(realisations, RealisationEntry::quarter) : null;
            return IndicatorData.annual(methodology, targetOf(target, 4), realisationOf(realisation));
        }
        List<Target> quarterlyTargets = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            TargetEntry target = entryAt(targets, TargetEntry::quarter, q);
            if (target == null) {
                throw new RefusedInputException(RefusedInputException.Reason.INVALID_VALUE,
                        "a quarterly indicator needs a target for every quarter; quarter " + q + " has none");
            }
            quarterlyTargets.add(targetOf(target, q));
        }
        List<Realisation> quarterlyRealisations = new ArrayList<>(Collections.nCopies(quarter, null));
        for (int q = 1; q <= quarter; q++) {
            quarterlyRealisations.set(q - 1, realisationOf(entryAt(realisations, RealisationEntry::quarter, q)));
        }
        return new IndicatorData(methodology, quarterlyTargets, quarterlyRealisations);
    }

    private static <T> T entryAt(List<T> entries, Function<T, Integer> quarterOf, int quarter) {
        T found = null;
        for (T entry : entries) {
            if (entry != null && Objects.equals(quarterOf.apply(entry), quarter)) {
                if (found != null) {
                    throw new RefusedInputException(RefusedInputException.Reason.INVALID_VALUE,
                            "quarter " + quarter + " is given twice");
                }
                found = entry;
            }
        }
        return found;
    }

    /** The quarter-4 entry, or the only entry when an annual indicator gives just one. */
    private static <T> T annualEntry(List<T> entries, Function<T, Integer> quarterOf) {
        T atFour = entryAt(entries, quarterOf, 4);
        if (atFour != null) {
            return atFour;
        }
        return entries.size() == 1 ? entries.get(0) : null;
    }

    private static Target targetOf(TargetEntry entry, int quarter) {
        if (entry.grade() != null) {
            return new Target.Grade(entry.grade());
        }
        if (entry.min() != null || entry.max() != null) {
            return new Target.Range(entry.min(), entry.max());
        }
        if (entry.value() == null) {
            throw new RefusedInputException(RefusedInputException.Reason.INVALID_VALUE,
                    "the target of quarter " + quarter + " has no value, range or grade");
        }
        return new Target.Value(entry.value());
    }

    /**
     * {@code null} for a quarter without a verified realisation, or answered "no data": the engine counts it as
     * missing, which makes the result INCOMPLETE (docs/measurement.md, 2.1).
     */
    private static Realisation realisationOf(RealisationEntry entry) {
        if (entry == null || noData(entry) || (entry.grade() == null && entry.value() == null)) {
            return null;
        }
        return entry.grade() != null ? new Realisation.Grade(entry.grade()) : new Realisation.Value(entry.value());
    }

    private static boolean noData(RealisationEntry entry) {
        return Boolean.TRUE.equals(entry.noData());
    }

    /**
     * Why an INCOMPLETE result has no number: each quarter the period needs that has no realisation, with the
     * operator's reason where they answered "no data", e.g. {@code quarter 2: no data (Survei ditunda)}.
     */
    private static String missingNote(RecapItem item, Methodology methodology, int quarter) {
        List<RealisationEntry> realisations = Objects.requireNonNullElse(item.realisations(), List.of());
        boolean annual = methodology.frequency() == Frequency.ANNUAL;
        List<String> missing = new ArrayList<>();
        for (int q = annual ? 4 : 1; q <= quarter; q++) {
            RealisationEntry entry = annual ? annualEntry(realisations, RealisationEntry::quarter)
                    : entryAt(realisations, RealisationEntry::quarter, q);
            if (entry != null && noData(entry)) {
                missing.add("quarter " + q + ": no data (" + Objects.toString(entry.noDataReason(), "no reason given") + ")");
            } else if (realisationOf(entry) == null) {
                missing.add("quarter " + q + ": no realisation");
            }
        }
        return missing.isEmpty() ? null : String.join("; ", missing);
    }

    private static ItemResult resultOf(IndicatorResult result, int methodologyVersion, String note) {
        List<String> flags = result.flags().stream().map(Enum::name).sorted().toList();
        return new ItemResult(result.status().name(), result.achievement(), result.predicate(), flags,
                result.rule().name(), result.rule().formula(), combined(result.target()),
                combined(result.realisation()), methodologyVersion, note);
    }

    private static CombinedValue combined(Target target) {
        if (target instanceof Target.Value value) {
            return new CombinedValue(value.value(), null, null, null);
        }
        if (target instanceof Target.Range range) {
            return new CombinedValue(null, range.min(), range.max(), null);
        }
        if (target instanceof Target.Grade grade) {
            return new CombinedValue(null, null, null, grade.grade());
        }
        return null;
    }

    /** {@code null} for a missing realisation. */
    private static CombinedValue combined(Realisation realisation) {
        if (realisation instanceof Realisation.Value value) {
            return new CombinedValue(value.value(), null, null, null);
        }
        if (realisation instanceof Realisation.Grade grade) {
            return new CombinedValue(null, null, null, grade.grade());
        }
        return null;
    }

    /**
     * Absorption of a node with a budget. Collection refuses spending above the pagu unless the entry
     * justifies it, so such spending arriving here was justified and is shown above 100 %.
     */
    private static BigDecimal absorptionOf(PlanNode node) {
        if (node.budgetCeiling() == null || node.budgetRealised() == null) {
            return null;
        }
        try {
            BudgetAbsorption absorption = node.budgetRealised().compareTo(node.budgetCeiling()) > 0
                    ? BudgetAbsorption.justified(node.budgetCeiling(), node.budgetRealised(), "justified at entry")
                    : BudgetAbsorption.of(node.budgetCeiling(), node.budgetRealised());
            return absorption.absorption();
        } catch (RefusedInputException negativeAmounts) {
            return null;
        }
    }
}
