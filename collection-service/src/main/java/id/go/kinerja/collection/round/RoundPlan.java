package id.go.kinerja.collection.round;

import id.go.kinerja.collection.plan.Indicator;
import id.go.kinerja.collection.plan.IndicatorYearTarget;
import id.go.kinerja.collection.plan.NodeBudget;
import id.go.kinerja.collection.plan.PlanDocument;
import id.go.kinerja.collection.plan.PlanNode;
import id.go.kinerja.collection.plan.PlanService;
import id.go.kinerja.collection.plan.PlanSnapshots;
import id.go.kinerja.collection.plan.PlanVersion;
import id.go.kinerja.collection.plan.PlanVersionRef;
import id.go.kinerja.collection.plan.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * The plan a round is measured against: the published version it was opened on, so that a PK Perubahan
 * published later changes nothing in it. The one place that says what a round's indicators, targets and
 * pagu are.
 * Rounds opened before plan versions existed have none and read the live plan.
 */
@ApplicationScoped
public class RoundPlan {

    @Inject
    PlanSnapshots snapshots;

    /** The round's plan for its year: nodes with their pagu, indicators with their targets of the year. */
    public PlanDocument document(CollectionRound round) {
        if (round.planVersionId == null) {
            return PlanService.documentOf(round.agencyCode, round.year);
        }
        return snapshots.document(PlanVersion.findById(round.planVersionId), round.year);
    }

    /** The indicator of one of the round's entries as the round's plan has it, with its targets of the year. */
    public PlanDocument.IndicatorSpec indicator(CollectionRound round, Entry entry) {
        Indicator indicator = entry.indicator;
        if (round.planVersionId == null) {
            return new PlanDocument.IndicatorSpec(indicator.code, indicator.name, indicator.unit, indicator.node.code,
                    indicator.division.code, indicator.polarity, indicator.valueType, indicator.frequency,
                    indicator.periodAggregation, IndicatorYearTarget.of(indicator, round.year));
        }
        return snapshots.indicator(round.planVersionId, indicator.code, round.year);
    }

    /** The budget ceiling (pagu) of a node in the round's plan for its year, or null when it has none there. */
    public BigDecimal ceiling(CollectionRound round, PlanNode node) {
        return round.planVersionId == null ? NodeBudget.ceilingOf(node, round.year)
                : snapshots.ceiling(round.planVersionId, node.code, round.year);
    }

    public PlanVersionRef version(CollectionRound round) {
        return round.planVersionId == null ? null : PlanVersion.<PlanVersion>findById(round.planVersionId).ref();
    }

    /** The target of the quarter; annual indicators have theirs on quarter 4. */
    static Target targetOf(List<Target> targets, int quarter) {
        if (targets == null) {
            return null;
        }
        return targets.stream().filter(target -> target.quarter() == quarter).findFirst()
                .orElse(targets.size() == 1 ? targets.get(0) : null);
    }
}
