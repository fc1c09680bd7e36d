package id.go.kinerja.collection.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.agency.Division;
import id.go.kinerja.collection.agency.NewDivision;
import id.go.kinerja.collection.imports.ImportReport.RowKind;
import id.go.kinerja.collection.plan.Frequency;
import id.go.kinerja.collection.plan.Indicator;
import id.go.kinerja.collection.plan.IndicatorYearTarget;
import id.go.kinerja.collection.plan.NodeBudget;
import id.go.kinerja.collection.plan.NodeLevel;
import id.go.kinerja.collection.plan.PeriodAggregation;
import id.go.kinerja.collection.plan.Polarity;
import id.go.kinerja.collection.plan.PlanNode;
import id.go.kinerja.collection.plan.PlanService;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.plan.TargetRules;
import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Codes;
import id.go.kinerja.collection.support.TimeOrderedIds;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.problem.Problem.FieldError;
import id.go.kinerja.platform.security.Caller;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a plan file all or nothing: every row is checked against the file and the agency's plan first;
 * one rejected row rejects the import (422, the summary in the problem's context) and nothing is written.
 * Rows equal to what is recorded are reported UNCHANGED and not touched.
 */
@ApplicationScoped
public class PlanImportService {

    /** Ids per statement when changed rows are read or replaced targets deleted (well below PostgreSQL's limit). */
    private static final int CHUNK = 1000;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    /** The answer, and whether it is the stored answer of an earlier request with the same Idempotency-Key. */
    @Inject
    ImportConfig config;

    public record Result(ImportReport report, boolean replayed) {
    }

    @Transactional
    // a file at the size limit (tens of thousands of rows) takes longer than the default minute on a busy machine
    @TransactionConfiguration(timeout = 600)
    public Result importPlan(int year, ImportStrategy strategy, boolean dryRun, String idempotencyKey, PlanFile file) {
        String agency = caller.agencyCode();
        if (idempotencyKey != null) {
            var earlier = ImportRequest.findByKey(agency, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(file.requestHash())) {
                    throw new Conflict(PlatformProblem.IDEMPOTENCY_KEY_REUSED, idempotencyKey);
                }
                return new Result(earlier.get().response(json, ImportReport.class), true);
            }
        }
        List<FieldError> guards = new ArrayList<>();
        if (file.agencyCode() != null && !file.agencyCode().equals(agency)) {
            guards.add(new FieldError("agencyCode", CollectionProblem.text("plan.otherAgency", file.agencyCode(), agency)));
        }
        if (file.year() != null && file.year() != year) {
            guards.add(new FieldError("year", CollectionProblem.text("plan.otherYear", file.year(), year)));
        }
        for (int i = 0; i < file.divisions().size(); i++) {
            NewDivision division = file.divisions().get(i);
            if (division == null || division.code() == null || !division.code().matches(Codes.DIVISION)
                    || division.name() == null || division.name().isBlank()) {
                guards.add(new FieldError("divisions[" + i + "]", CollectionProblem.text("plan.divisionIncomplete")));
            }
        }
        if (!guards.isEmpty()) {
            throw new InvalidInput(guards);
        }

        Plan plan = new Plan(agency, year);
        Map<String, Division> divisions = plan.divisions;
        List<NewDivision> newDivisions = file.divisions().stream()
                .filter(division -> division != null && division.code() != null && !divisions.containsKey(division.code()))
                .collect(Collectors.toMap(NewDivision::code, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
        Set<String> divisionCodes = new HashSet<>(divisions.keySet());
        newDivisions.forEach(division -> divisionCodes.add(division.code()));

        List<PlanRow> rows = file.rows();
        Map<String, PlanRow> nodeRows = new HashMap<>();
        Map<String, PlanRow> indicatorRows = new HashMap<>();
        for (PlanRow row : rows) {
            Map<String, PlanRow> seen = row.kind == RowKind.NODE ? nodeRows : indicatorRows;
            if (row.key() != null) {
                PlanRow first = seen.putIfAbsent(row.key(), row);
                if (first != null) {
                    row.error(row.kind == RowKind.NODE ? PlanColumns.CODE : PlanColumns.INDICATOR_CODE,
                            CollectionProblem.text("worksheet.rowTwice", row.key(), first.row));
                }
            }
        }
        Map<String, NodeLevel> levels = new HashMap<>();
        plan.nodes.values().forEach(node -> levels.put(node.code(), node.level()));
        nodeRows.values().stream().filter(row -> row.level != null).forEach(row -> levels.putIfAbsent(row.code, row.level));

        Map<PlanRow, RowOutcome> outcomes = new LinkedHashMap<>();
        for (PlanRow row : rows) {
            if (row.kind == RowKind.NODE) {
                checkNode(row, plan, levels, nodeRows, strategy);
            } else {
                checkIndicator(row, plan, levels, nodeRows, divisionCodes, strategy);
            }
            outcomes.put(row, row.errors.isEmpty() ? outcome(row, plan) : RowOutcome.REJECTED);
        }
        ImportReport report = report(year, dryRun, strategy, newDivisions.size(), outcomes);
        if (report.rejected() > 0) {
            throw new ImportRejected(report, config.maxListedRows());
        }
        if (!dryRun) {
            write(plan, newDivisions, outcomes);
            audit.record("PlanImported", "plan/" + year, null, Map.of("strategy", strategy, "rows", rows.size(),
                    "created", report.created(), "updated", report.updated(), "unchanged", report.unchanged(),
                    "divisionsCreated", report.divisionsCreated()));
        }
        if (idempotencyKey != null) {
            ImportRequest.remember(agency, idempotencyKey, file.requestHash(), report, json);
        }
        return new Result(report, false);
    }

    private static void checkNode(PlanRow row, Plan plan, Map<String, NodeLevel> levels, Map<String, PlanRow> nodeRows,
                                  ImportStrategy strategy) {
        RecordedNode existing = row.code == null ? null : plan.nodes.get(row.code);
        strategy(row, existing != null, strategy, PlanColumns.CODE, CollectionProblem.text("import.planNode"));
        if (row.level == null) {
            return;
        }
        if (existing != null && existing.level() != row.level) {
            row.error(PlanColumns.LEVEL, CollectionProblem.text("plan.levelFixed", row.code, existing.level()));
        }
        PlanRow parentRow = row.parentCode == null ? null : nodeRows.get(row.parentCode);
        // a parent row of the file whose level cannot be read is rejected itself: no second error here
        if (parentRow == null || parentRow.level != null) {
            PlanService.parentProblem(row.level, row.parentCode, levels::get)
                    .ifPresent(problem -> row.error(PlanColumns.PARENT_CODE, problem));
        }
        if (row.budgetCeiling != null && !row.level.hasBudget()) {
            row.error(PlanColumns.BUDGET_CEILING, CollectionProblem.text("plan.noBudgetCeiling", row.level));
        }
    }

    private static void checkIndicator(PlanRow row, Plan plan, Map<String, NodeLevel> levels,
                                       Map<String, PlanRow> nodeRows, Set<String> divisions, ImportStrategy strategy) {
        RecordedIndicator existing = row.indicatorCode == null ? null : plan.indicators.get(row.indicatorCode);
        strategy(row, existing != null, strategy, PlanColumns.INDICATOR_CODE, CollectionProblem.text("import.indicator"));
        if (row.code != null && !levels.containsKey(row.code) && !nodeRows.containsKey(row.code)) {
            row.error(PlanColumns.CODE, CollectionProblem.text("import.unknownNode", row.code));
        }
        if (row.divisionCode != null && !divisions.contains(row.divisionCode)) {
            row.error(PlanColumns.DIVISION_CODE, CollectionProblem.text("import.unknownDivision", row.divisionCode));
        }
        TargetRules.indicator("", row.valueType, row.periodAggregation)
                .forEach(error -> row.error(PlanColumns.PERIOD_AGGREGATION, error.template()));
        if (row.frequency != null && row.valueType != null) {
            TargetRules.targets("", row.frequency, row.valueType, row.targets)
                    .forEach(error -> row.error(column(row, error.field()), error.template()));
        }
    }

    /** "targets" → the target columns; "targets[2].max" → the column that target came from. */
    private static String column(PlanRow row, String field) {
        if (!field.startsWith("targets[")) {
            return row.frequency == Frequency.ANNUAL ? PlanColumns.TARGET_YEAR : "target_q1..target_q4";
        }
        Target target = row.targets.get(Integer.parseInt(field.substring("targets[".length(), field.indexOf(']'))));
        return row.frequency == Frequency.ANNUAL ? PlanColumns.TARGET_YEAR
                : PlanColumns.QUARTERS.get(target.quarter() - 1);
    }

    private static void strategy(PlanRow row, boolean exists, ImportStrategy strategy, String column, Message what) {
        if (row.key() == null) {
            return;
        }
        if (exists && strategy == ImportStrategy.CREATE) {
            row.error(column, CollectionProblem.text("import.exists", what, row.key()));
        } else if (!exists && strategy == ImportStrategy.UPDATE) {
            row.error(column, CollectionProblem.text("import.absent", what, row.key()));
        }
    }

    private static RowOutcome outcome(PlanRow row, Plan plan) {
        if (row.kind == RowKind.NODE) {
            RecordedNode node = plan.nodes.get(row.code);
            if (node == null) {
                return RowOutcome.CREATED;
            }
            boolean same = node.name().equals(row.name) && Objects.equals(node.parentCode(), row.parentCode)
                    && sameAmount(plan.ceilings.get(node.id()), row.budgetCeiling);
            return same ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
        }
        RecordedIndicator indicator = plan.indicators.get(row.indicatorCode);
        if (indicator == null) {
            return RowOutcome.CREATED;
        }
        boolean same = indicator.name().equals(row.indicatorName) && indicator.unit().equals(row.unit)
                && indicator.nodeCode().equals(row.code) && indicator.divisionCode().equals(row.divisionCode)
                && indicator.polarity() == row.polarity && indicator.valueType() == row.valueType
                && indicator.frequency() == row.frequency && indicator.periodAggregation() == row.periodAggregation
                && sameTargets(plan.targets.getOrDefault(indicator.id(), List.of()), row.targets);
        return same ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }

    private static boolean sameAmount(BigDecimal recorded, BigDecimal sent) {
        return recorded == null ? sent == null : sent != null && recorded.compareTo(sent) == 0;
    }

    private static boolean sameTargets(List<Target> recorded, List<Target> sent) {
        Comparator<Target> byQuarter = Comparator.comparing(Target::quarter);
        return recorded.stream().sorted(byQuarter).toList().equals(sent.stream().sorted(byQuarter).toList());
    }

    /**
     * Writes table by table — nodes, their pagu, indicators, their targets. Created rows and replacement targets
     * go straight to JDBC batches ({@link PlanTables}); only the rows the import changes are loaded as entities,
     * so that their optimistic versions still count. Replaced targets are deleted in a few statements.
     */
    private void write(Plan plan, List<NewDivision> newDivisions, Map<PlanRow, RowOutcome> outcomes) {
        EntityManager entityManager = Indicator.getEntityManager();
        for (NewDivision division : newDivisions) {
            plan.divisions.put(division.code(), Division.create(plan.agency, division.code(), division.name().strip()));
        }
        // the created indicators below refer to the new divisions
        entityManager.flush();
        PlanTables tables = new PlanTables(entityManager, plan.agency, plan.year);
        Map<String, UUID> nodeIds = new HashMap<>();
        plan.nodes.values().forEach(node -> nodeIds.put(node.code(), node.id()));

        List<PlanRow> nodes = outcomes.entrySet().stream()
                .filter(entry -> entry.getKey().kind == RowKind.NODE && entry.getValue() != RowOutcome.UNCHANGED)
                .map(Map.Entry::getKey).sorted(Comparator.comparing(row -> row.level)).toList();
        List<PlanTables.NewNode> createdNodes = new ArrayList<>();
        List<PlanTables.NewBudget> createdBudgets = new ArrayList<>();
        Map<UUID, PlanRow> updatedNodes = new LinkedHashMap<>();
        for (PlanRow row : nodes) {
            RecordedNode recorded = plan.nodes.get(row.code);
            if (recorded == null) {
                UUID id = TimeOrderedIds.next();
                nodeIds.put(row.code, id);
                createdNodes.add(new PlanTables.NewNode(id, row.code, row.level, row.name,
                        row.parentCode == null ? null : nodeIds.get(row.parentCode)));
                if (row.budgetCeiling != null) {
                    createdBudgets.add(new PlanTables.NewBudget(id, row.budgetCeiling));
                }
            } else {
                updatedNodes.put(recorded.id(), row);
            }
        }
        tables.insertNodes(createdNodes);
        tables.insertBudgets(createdBudgets);
        Map<UUID, NodeBudget> budgets = new HashMap<>();
        inChunks(updatedNodes.keySet(), ids -> NodeBudget.<NodeBudget>list("node.id in ?1 and year = ?2", ids, plan.year)
                .forEach(budget -> budgets.put(budget.node.id, budget)));
        inChunks(updatedNodes.keySet(), ids -> PlanNode.<PlanNode>list("id in ?1", ids).forEach(node -> {
            PlanRow row = updatedNodes.get(node.id);
            node.name = row.name;
            node.parent = row.parentCode == null ? null
                    : entityManager.getReference(PlanNode.class, nodeIds.get(row.parentCode));
            NodeBudget.set(node, plan.year, row.budgetCeiling, budgets.get(node.id));
        }));

        List<PlanTables.NewIndicator> createdIndicators = new ArrayList<>();
        List<PlanTables.NewTargets> targets = new ArrayList<>();
        Map<UUID, PlanRow> updatedIndicators = new LinkedHashMap<>();
        for (Map.Entry<PlanRow, RowOutcome> entry : outcomes.entrySet()) {
            PlanRow row = entry.getKey();
            if (row.kind != RowKind.INDICATOR || entry.getValue() == RowOutcome.UNCHANGED) {
                continue;
            }
            RecordedIndicator recorded = plan.indicators.get(row.indicatorCode);
            if (recorded == null) {
                UUID id = TimeOrderedIds.next();
                createdIndicators.add(new PlanTables.NewIndicator(id, row, nodeIds.get(row.code),
                        plan.divisions.get(row.divisionCode).id));
                targets.add(new PlanTables.NewTargets(id, row.targets));
            } else {
                updatedIndicators.put(recorded.id(), row);
            }
        }
        tables.insertIndicators(createdIndicators);
        List<UUID> retargeted = new ArrayList<>();
        inChunks(updatedIndicators.keySet(), ids -> Indicator.<Indicator>list("id in ?1", ids).forEach(indicator -> {
            PlanRow row = updatedIndicators.get(indicator.id);
            indicator.name = row.indicatorName;
            indicator.unit = row.unit;
            indicator.node = entityManager.getReference(PlanNode.class, nodeIds.get(row.code));
            indicator.division = plan.divisions.get(row.divisionCode);
            indicator.polarity = row.polarity;
            indicator.valueType = row.valueType;
            indicator.frequency = row.frequency;
            indicator.periodAggregation = row.periodAggregation;
            if (!sameTargets(plan.targets.getOrDefault(indicator.id, List.of()), row.targets)) {
                retargeted.add(indicator.id);
                // targets belong to the indicator: changing them changes the indicator's version
                entityManager.lock(indicator, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                targets.add(new PlanTables.NewTargets(indicator.id, row.targets));
            }
        }));
        inChunks(retargeted, ids -> IndicatorYearTarget.delete(ids, plan.year));
        tables.insertTargets(targets);
    }

    /** Hands the ids on in chunks small enough for one statement's bind parameters. */
    private static void inChunks(Collection<UUID> ids, Consumer<List<UUID>> action) {
        List<UUID> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += CHUNK) {
            action.accept(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
    }

    private static ImportReport report(int year, boolean dryRun, ImportStrategy strategy, int divisionsCreated,
                                       Map<PlanRow, RowOutcome> outcomes) {
        Map<RowOutcome, Integer> counts = new HashMap<>();
        List<ImportReport.Row> rows = new ArrayList<>();
        outcomes.forEach((row, outcome) -> {
            counts.merge(outcome, 1, Integer::sum);
            rows.add(new ImportReport.Row(row.row, row.kind, row.key(), outcome, List.copyOf(row.errors)));
        });
        return new ImportReport(year, dryRun, strategy, divisionsCreated, counts.getOrDefault(RowOutcome.CREATED, 0),
                counts.getOrDefault(RowOutcome.UPDATED, 0), counts.getOrDefault(RowOutcome.UNCHANGED, 0),
                counts.getOrDefault(RowOutcome.REJECTED, 0), rows, null);
    }

    /** A node as recorded: what the checks and the comparison need, read as a projection rather than an entity. */
    private record RecordedNode(UUID id, String code, NodeLevel level, String name, String parentCode) {
    }

    private record RecordedIndicator(UUID id, String code, String name, String unit, String nodeCode,
                                     String divisionCode, Polarity polarity, ValueType valueType, Frequency frequency,
                                     PeriodAggregation periodAggregation) {
    }

    /** What the agency's plan holds now, by code, read once per import. */
    private static final class Plan {
        final String agency;
        final int year;
        final Map<String, Division> divisions;
        final Map<String, RecordedNode> nodes = new HashMap<>();
        final Map<String, RecordedIndicator> indicators = new HashMap<>();
        final Map<UUID, BigDecimal> ceilings;
        final Map<UUID, List<Target>> targets;

        Plan(String agency, int year) {
            this.agency = agency;
            this.year = year;
            divisions = Division.<Division>list("agencyCode", agency).stream()
                    .collect(Collectors.toMap(division -> division.code, Function.identity(), (a, b) -> a, HashMap::new));
            EntityManager entityManager = PlanNode.getEntityManager();
            entityManager.createQuery("select n.id, n.code, n.level, n.name, p.code from PlanNode n left join n.parent p "
                            + "where n.agencyCode = ?1", Object[].class).setParameter(1, agency).getResultStream()
                    .forEach(row -> nodes.put((String) row[1], new RecordedNode((UUID) row[0], (String) row[1],
                            (NodeLevel) row[2], (String) row[3], (String) row[4])));
            entityManager.createQuery("select i.id, i.code, i.name, i.unit, i.node.code, i.division.code, i.polarity, "
                            + "i.valueType, i.frequency, i.periodAggregation from Indicator i where i.agencyCode = ?1",
                            Object[].class).setParameter(1, agency).getResultStream()
                    .forEach(row -> indicators.put((String) row[1], new RecordedIndicator((UUID) row[0],
                            (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                            (Polarity) row[6], (ValueType) row[7], (Frequency) row[8], (PeriodAggregation) row[9])));
            ceilings = NodeBudget.ceilings(agency, year);
            targets = IndicatorYearTarget.ofYear(agency, year);
        }
    }
}
