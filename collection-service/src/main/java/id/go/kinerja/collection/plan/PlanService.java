package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.agency.Agency;
import id.go.kinerja.collection.agency.Division;
import id.go.kinerja.collection.agency.NewDivision;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Decimals;
import id.go.kinerja.collection.support.Paging;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.problem.Problem.FieldError;
import id.go.kinerja.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency's performance plan: the tree of goals, objectives, programs, activities and sub-activities,
 * their budget ceilings, and the indicators with their targets. Links are enforced: a node hangs under
 * an existing node of the level just above, an indicator under an existing node and division.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    Caller caller;

    @Transactional
    public NodeView createNode(NewNode request) {
        String agency = caller.agencyCode();
        if (PlanNode.findByCode(agency, request.code()).isPresent()) {
            throw new Conflict(CollectionProblem.PLAN_NODE_EXISTS, request.code());
        }
        Optional<PlanNode> parent = Optional.ofNullable(request.parentCode()).flatMap(code -> PlanNode.findByCode(agency, code));
        parentProblem(request.level(), request.parentCode(), code -> parent.map(node -> node.level).orElse(null))
                .ifPresent(problem -> {
                    throw new InvalidInput("parentCode", problem);
                });
        return view(PlanNode.create(agency, request.code(), request.level(), request.name().strip(), parent.orElse(null)));
    }

    public NodeView node(String code) {
        return view(requireNode(code));
    }

    @Transactional
    public NodeView setBudgetCeiling(String code, int year, BudgetCeilingChange change, IfMatch ifMatch) {
        PlanNode node = requireNode(code);
        ifMatch.require("plan node " + code, node.version);
        if (!node.level.hasBudget()) {
            throw new InvalidInput("amount", noBudgetMessage(node.level));
        }
        NodeBudget.set(node, year, change.amount());
        // the ceilings belong to the node: a change of them is a change of the node's version
        PlanNode.getEntityManager().lock(node, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return view(node);
    }

    @Transactional
    public IndicatorView createIndicator(NewIndicator request) {
        String agency = caller.agencyCode();
        if (Indicator.findByCode(agency, request.code()).isPresent()) {
            throw new Conflict(CollectionProblem.INDICATOR_EXISTS, request.code());
        }
        List<FieldError> errors = new ArrayList<>(TargetRules.indicator("", request.valueType(), request.periodAggregation()));
        Optional<PlanNode> node = PlanNode.findByCode(agency, request.nodeCode());
        Optional<Division> division = Division.findByCode(agency, request.divisionCode());
        if (node.isEmpty()) {
            errors.add(new FieldError("nodeCode", unknownNode(request.nodeCode())));
        }
        if (division.isEmpty()) {
            errors.add(new FieldError("divisionCode", unknownDivision(request.divisionCode())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Indicator indicator = Indicator.create(agency, request.code());
        indicator.name = request.name().strip();
        indicator.unit = request.unit().strip();
        indicator.node = node.get();
        indicator.division = division.get();
        indicator.polarity = request.polarity();
        indicator.valueType = request.valueType();
        indicator.frequency = request.frequency();
        indicator.periodAggregation = request.periodAggregation();
        indicator.persist();
        return view(indicator);
    }

    public IndicatorView indicator(String code) {
        return view(requireIndicator(code));
    }

    public PageOf<IndicatorSummary> indicators(String nodeCode, String divisionCode, int page, int size) {
        StringBuilder query = new StringBuilder("from Indicator i join fetch i.node join fetch i.division where i.agencyCode = :agency");
        Parameters parameters = Parameters.with("agency", caller.agencyCode());
        if (nodeCode != null) {
            query.append(" and i.node.code = :node");
            parameters.and("node", nodeCode);
        }
        if (divisionCode != null) {
            query.append(" and i.division.code = :division");
            parameters.and("division", divisionCode);
        }
        query.append(" order by i.code");
        return Paging.page(Indicator.find(query.toString(), parameters), page, size, IndicatorSummary::of);
    }

    @Transactional
    public IndicatorView replaceTargets(String code, int year, TargetsChange change, IfMatch ifMatch) {
        Indicator indicator = requireIndicator(code);
        ifMatch.require("indicator " + code, indicator.version);
        List<FieldError> errors = TargetRules.targets("", indicator.frequency, indicator.valueType, change.targets());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        IndicatorYearTarget.delete(List.of(indicator.id), year);
        IndicatorYearTarget.add(indicator, year, change.targets());
        // targets belong to the indicator: a change of them is a change of the indicator's version
        Indicator.getEntityManager().lock(indicator, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return view(indicator);
    }

    /**
     * Creates or updates the whole plan of a year at once, all or nothing: every problem of the document
     * is collected and reported before anything is written. Nodes and indicators missing from the
     * document are left as they are.
     */
    @Transactional
    public ImportSummary importPlan(int year, PlanDocument document) {
        String agency = caller.agencyCode();
        List<NewDivision> newDivisions = document.divisions() == null ? List.of() : document.divisions();
        List<FieldError> errors = new ArrayList<>();
        if (document.agencyCode() != null && !document.agencyCode().equals(agency)) {
            errors.add(new FieldError("agencyCode", CollectionProblem.text("plan.otherAgency", document.agencyCode(), agency)));
        }
        if (document.year() != null && document.year() != year) {
            errors.add(new FieldError("year", CollectionProblem.text("plan.otherYear", document.year(), year)));
        }
        duplicates(errors, "divisions", newDivisions, NewDivision::code);
        duplicates(errors, "nodes", document.nodes(), PlanDocument.Node::code);
        duplicates(errors, "indicators", document.indicators(), PlanDocument.IndicatorSpec::code);

        Map<String, Division> divisions = byCode(Division.<Division>list("agencyCode", agency), division -> division.code);
        Map<String, PlanNode> nodes = byCode(PlanNode.ofAgency(agency), node -> node.code);
        Map<String, Indicator> indicators = byCode(Indicator.<Indicator>list("agencyCode", agency), indicator -> indicator.code);

        Set<String> divisionCodes = new HashSet<>(divisions.keySet());
        newDivisions.forEach(division -> divisionCodes.add(division.code()));
        Map<String, NodeLevel> levels = new HashMap<>();
        nodes.values().forEach(node -> levels.put(node.code, node.level));
        document.nodes().forEach(node -> levels.putIfAbsent(node.code(), node.level()));

        for (int i = 0; i < document.nodes().size(); i++) {
            PlanDocument.Node node = document.nodes().get(i);
            String path = "nodes[" + i + "].";
            PlanNode existing = nodes.get(node.code());
            if (existing != null && existing.level != node.level()) {
                errors.add(new FieldError(path + "level", CollectionProblem.text("plan.levelFixed", node.code(),
                        existing.level)));
            }
            parentProblem(node.level(), node.parentCode(), levels::get)
                    .ifPresent(problem -> errors.add(new FieldError(path + "parentCode", problem)));
            if (node.budgetCeiling() != null && !node.level().hasBudget()) {
                errors.add(new FieldError(path + "budgetCeiling", noBudgetMessage(node.level())));
            }
        }
        for (int i = 0; i < document.indicators().size(); i++) {
            PlanDocument.IndicatorSpec spec = document.indicators().get(i);
            String path = "indicators[" + i + "].";
            if (!levels.containsKey(spec.nodeCode())) {
                errors.add(new FieldError(path + "nodeCode", unknownNode(spec.nodeCode())));
            }
            if (!divisionCodes.contains(spec.divisionCode())) {
                errors.add(new FieldError(path + "divisionCode", unknownDivision(spec.divisionCode())));
            }
            errors.addAll(TargetRules.indicator(path, spec.valueType(), spec.periodAggregation()));
            errors.addAll(TargetRules.targets(path, spec.frequency(), spec.valueType(), spec.targets()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }

        if (document.agencyName() != null && !document.agencyName().isBlank()) {
            Agency.rename(agency, document.agencyName().strip());
        }
        int divisionsCreated = 0;
        for (NewDivision spec : newDivisions) {
            Division division = divisions.get(spec.code());
            if (division == null) {
                divisions.put(spec.code(), Division.create(agency, spec.code(), spec.name().strip()));
                divisionsCreated++;
            } else {
                division.name = spec.name().strip();
            }
        }

        int nodesCreated = 0;
        Map<UUID, NodeBudget> budgets = NodeBudget.<NodeBudget>list("node.agencyCode = ?1 and year = ?2", agency, year)
                .stream().collect(Collectors.toMap(budget -> budget.node.id, Function.identity()));
        List<PlanDocument.Node> topDown = document.nodes().stream()
                .sorted(Comparator.comparing(PlanDocument.Node::level)).toList();
        for (PlanDocument.Node spec : topDown) {
            PlanNode parent = spec.parentCode() == null ? null : nodes.get(spec.parentCode());
            PlanNode node = nodes.get(spec.code());
            if (node == null) {
                node = PlanNode.create(agency, spec.code(), spec.level(), spec.name().strip(), parent);
                nodes.put(spec.code(), node);
                nodesCreated++;
            } else {
                node.name = spec.name().strip();
                node.parent = parent;
            }
            NodeBudget.set(node, year, spec.budgetCeiling(), budgets.get(node.id));
        }

        int indicatorsCreated = 0;
        int targets = 0;
        List<UUID> replaced = document.indicators().stream().map(spec -> indicators.get(spec.code()))
                .filter(Objects::nonNull).map(indicator -> indicator.id).toList();
        if (!replaced.isEmpty()) {
            IndicatorYearTarget.delete(replaced, year);
        }
        for (PlanDocument.IndicatorSpec spec : document.indicators()) {
            Indicator indicator = indicators.get(spec.code());
            if (indicator == null) {
                indicator = Indicator.create(agency, spec.code());
                indicators.put(spec.code(), indicator);
                indicatorsCreated++;
            }
            indicator.name = spec.name().strip();
            indicator.unit = spec.unit().strip();
            indicator.node = nodes.get(spec.nodeCode());
            indicator.division = divisions.get(spec.divisionCode());
            indicator.polarity = spec.polarity();
            indicator.valueType = spec.valueType();
            indicator.frequency = spec.frequency();
            indicator.periodAggregation = spec.periodAggregation();
            if (!indicator.isPersistent()) {
                indicator.persist();
            }
            IndicatorYearTarget.add(indicator, year, spec.targets());
            targets += spec.targets().size();
        }
        return new ImportSummary(year, divisionsCreated, newDivisions.size() - divisionsCreated, nodesCreated,
                document.nodes().size() - nodesCreated, indicatorsCreated,
                document.indicators().size() - indicatorsCreated, targets);
    }

    /** The plan of a year in the shape the bulk endpoint takes, so it can be edited and sent back. */
    public PlanDocument document(int year) {
        return documentOf(caller.agencyCode(), year);
    }

    public PlanTree tree(int year) {
        return PlanTree.of(document(year));
    }

    /** The live plan of an agency in a year; nodes ordered by level then code, indicators by code. */
    public static PlanDocument documentOf(String agency, int year) {
        Map<UUID, BigDecimal> ceilings = NodeBudget.ceilings(agency, year);
        Map<UUID, List<Target>> targets = IndicatorYearTarget.ofYear(agency, year);
        List<NewDivision> divisions = Division.<Division>list("agencyCode = ?1 order by code", agency).stream()
                .map(division -> new NewDivision(division.code, division.name)).toList();
        List<PlanDocument.Node> nodes = PlanNode.ofAgency(agency).stream()
                .map(node -> new PlanDocument.Node(node.code, node.level, node.name, node.parentCode(),
                        Decimals.plain(ceilings.get(node.id))))
                .toList();
        List<PlanDocument.IndicatorSpec> indicators = indicatorsWithNodes(agency).stream()
                .map(indicator -> new PlanDocument.IndicatorSpec(indicator.code, indicator.name, indicator.unit,
                        indicator.node.code, indicator.division.code, indicator.polarity, indicator.valueType,
                        indicator.frequency, indicator.periodAggregation,
                        targets.getOrDefault(indicator.id, List.of())))
                .toList();
        return new PlanDocument(agency, Agency.nameOf(agency), year, divisions, nodes, indicators);
    }

    private static List<Indicator> indicatorsWithNodes(String agency) {
        return Indicator.list("from Indicator i join fetch i.node join fetch i.division where i.agencyCode = ?1 order by i.code",
                agency);
    }

    /** Why a node of this level cannot hang under the given parent, or empty when it can. */
    public static Optional<Message> parentProblem(NodeLevel level, String parentCode, Function<String, NodeLevel> levelOf) {
        NodeLevel expected = level.parentLevel();
        if (expected == null) {
            return parentCode == null ? Optional.empty() : Optional.of(CollectionProblem.text("plan.goalHasNoParent"));
        }
        if (parentCode == null) {
            return Optional.of(CollectionProblem.text("plan.parentRequired", level, expected));
        }
        NodeLevel actual = levelOf.apply(parentCode);
        if (actual == null) {
            return Optional.of(CollectionProblem.text("plan.parentUnknown", parentCode));
        }
        if (actual != expected) {
            return Optional.of(CollectionProblem.text("plan.parentLevel", level, expected, parentCode, actual));
        }
        return Optional.empty();
    }

    private static Message noBudgetMessage(NodeLevel level) {
        return CollectionProblem.text("plan.noBudgetCeiling", level);
    }

    private static Message unknownNode(String code) {
        return CollectionProblem.text("plan.unknownNode", code);
    }

    private static Message unknownDivision(String code) {
        return CollectionProblem.text("plan.unknownDivision", code);
    }

    private static <T> void duplicates(List<FieldError> errors, String field, List<T> items, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = code.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                errors.add(new FieldError(field + "[" + i + "].code", CollectionProblem.text("plan.codeTwice", value)));
            }
        }
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private PlanNode requireNode(String code) {
        return PlanNode.findByCode(caller.agencyCode(), code).orElseThrow(() -> new NotFound(CollectionProblem.PLAN_NODE_NOT_FOUND, code));
    }

    private Indicator requireIndicator(String code) {
        return Indicator.findByCode(caller.agencyCode(), code).orElseThrow(() -> new NotFound(CollectionProblem.INDICATOR_NOT_FOUND, code));
    }

    private static NodeView view(PlanNode node) {
        List<NodeView.BudgetCeiling> ceilings = NodeBudget.ofNode(node).stream()
                .map(budget -> new NodeView.BudgetCeiling(budget.year, Decimals.plain(budget.ceiling))).toList();
        return new NodeView(node.code, node.level, node.name, node.parentCode(), ceilings, node.version);
    }

    private static IndicatorView view(Indicator indicator) {
        List<IndicatorView.YearTargets> targets = IndicatorYearTarget.byYear(indicator).entrySet().stream()
                .map(entry -> new IndicatorView.YearTargets(entry.getKey(), entry.getValue())).toList();
        return new IndicatorView(indicator.code, indicator.name, indicator.unit, indicator.node.code,
                indicator.division.code, indicator.polarity, indicator.valueType, indicator.frequency,
                indicator.periodAggregation, indicator.version, targets);
    }
}
