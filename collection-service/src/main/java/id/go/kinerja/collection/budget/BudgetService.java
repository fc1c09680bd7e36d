package id.go.kinerja.collection.budget;

import id.go.kinerja.collection.plan.PlanNode;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.RoundPlan;
import id.go.kinerja.collection.support.Decimals;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Budget realisation per node and round (SOP A4: the DPA and its realisation). Spending above the
 * pagu is a data error unless explained (docs/measurement.md §5).
 */
@ApplicationScoped
public class BudgetService {

    @Inject
    Caller caller;

    @Inject
    RoundPlan roundPlan;

    @Transactional
    public BudgetView record(UUID roundId, String nodeCode, BudgetInput input) {
        CollectionRound round = CollectionRound.lockedOfAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        round.requireBudgetChangeable();
        PlanNode node = PlanNode.findByCode(round.agencyCode, nodeCode).orElseThrow(() -> new NotFound(CollectionProblem.PLAN_NODE_NOT_FOUND, nodeCode));
        if (!node.level.hasBudget()) {
            throw new InvalidInput("nodeCode", CollectionProblem.text("plan.noBudgetCeiling", node.level));
        }
        BigDecimal ceiling = roundPlan.ceiling(round, node);
        if (ceiling == null) {
            throw new Conflict(CollectionProblem.NO_PAGU, nodeCode, round.year, round.period());
        }
        String justification = input.justification() == null || input.justification().isBlank() ? null
                : input.justification().strip();
        if (input.amount().compareTo(ceiling) > 0 && justification == null) {
            throw new InvalidInput("justification", CollectionProblem.text("budget.justificationRequired",
                    rupiah(input.amount()), rupiah(ceiling), nodeCode));
        }
        BudgetRealisation realisation = BudgetRealisation.<BudgetRealisation>find("round = ?1 and node = ?2", round, node)
                .firstResult();
        if (realisation == null) {
            realisation = new BudgetRealisation();
            realisation.id = UUID.randomUUID();
            realisation.round = round;
            realisation.node = node;
        }
        realisation.amount = input.amount();
        realisation.justification = justification;
        realisation.recordedBy = caller.userId();
        realisation.recordedAt = Instant.now();
        if (!realisation.isPersistent()) {
            realisation.persist();
        }
        BudgetRealisation.flush();
        return view(realisation, ceiling);
    }

    public List<BudgetView> list(UUID roundId) {
        CollectionRound round = CollectionRound.ofAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        return BudgetRealisation.<BudgetRealisation>list(
                        "from BudgetRealisation b join fetch b.node n where b.round = ?1 order by n.code", round)
                .stream().map(realisation -> view(realisation, roundPlan.ceiling(round, realisation.node)))
                .toList();
    }

    private static BudgetView view(BudgetRealisation realisation, BigDecimal ceiling) {
        return new BudgetView(realisation.node.code, realisation.node.name, realisation.node.level,
                Decimals.plain(ceiling), Decimals.plain(realisation.amount), realisation.justification,
                realisation.recordedBy, realisation.recordedAt, realisation.version);
    }

    private static String rupiah(BigDecimal amount) {
        return NumberFormat.getNumberInstance(Locale.forLanguageTag("id-ID")).format(amount);
    }
}
