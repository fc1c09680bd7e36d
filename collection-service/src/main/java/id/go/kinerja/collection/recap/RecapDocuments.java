package id.go.kinerja.collection.recap;

import id.go.kinerja.collection.budget.BudgetRealisation;
import id.go.kinerja.collection.evidence.Evidence;
import id.go.kinerja.collection.plan.PlanDocument;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.round.RoundPlan;
import id.go.kinerja.collection.support.Decimals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the content of a recap revision from the round's verified entries, with the indicators, targets and
 * pagu of the plan version the round was opened on ({@link RoundPlan}). A handful of queries per
 * recap whatever its size: an agency with 2,000 indicators is recapped the same way as one with 12.
 */
@ApplicationScoped
class RecapDocuments {

    @Inject
    RoundPlan roundPlan;

    RecapSubmitted build(CollectionRound round, List<Entry> entries) {
        String agency = round.agencyCode;
        PlanDocument plan = roundPlan.document(round);
        Map<String, PlanDocument.IndicatorSpec> indicators = plan.indicators().stream()
                .collect(Collectors.toMap(PlanDocument.IndicatorSpec::code, Function.identity()));
        List<Entry> realisedBefore = Entry.realisedBefore(agency, round.year, round.quarter);
        Map<UUID, List<Entry>> earlier = realisedBefore.stream()
                .collect(Collectors.groupingBy(entry -> entry.indicator.id));
        Set<UUID> entryIds = new HashSet<>();
        realisedBefore.forEach(entry -> entryIds.add(entry.id));
        entries.forEach(entry -> entryIds.add(entry.id));
        Map<UUID, List<Evidence>> evidence = Evidence.publishedWith(entryIds);

        List<RecapSubmitted.Item> items = entries.stream()
                .sorted(Comparator.comparing(entry -> entry.indicator.code))
                .map(entry -> {
                    PlanDocument.IndicatorSpec spec = indicators.get(entry.indicator.code);
                    List<RecapSubmitted.Realisation> realisations = new ArrayList<>();
                    earlier.getOrDefault(entry.indicator.id, List.of()).forEach(done -> realisations.add(realisation(done, evidence)));
                    realisations.add(realisation(entry, evidence));
                    return new RecapSubmitted.Item(spec.code(), spec.name(), spec.unit(), spec.nodeCode(),
                            spec.divisionCode(), spec.polarity(), spec.valueType(), spec.frequency(),
                            spec.periodAggregation(), spec.targets(), realisations);
                })
                .toList();
        return new RecapSubmitted(plan.agencyName(), round.id, round.year, round.quarter, roundPlan.version(round),
                nodes(round, plan, items), items);
    }

    /** The nodes the items hang under, with all their ancestors up to the goals, top down. */
    private static List<RecapSubmitted.Node> nodes(CollectionRound round, PlanDocument plan, List<RecapSubmitted.Item> items) {
        Map<String, PlanDocument.Node> all = plan.nodes().stream()
                .collect(Collectors.toMap(PlanDocument.Node::code, Function.identity()));
        Set<String> needed = new HashSet<>();
        for (RecapSubmitted.Item item : items) {
            PlanDocument.Node node = all.get(item.nodeCode());
            while (node != null && needed.add(node.code())) {
                node = node.parentCode() == null ? null : all.get(node.parentCode());
            }
        }
        Map<String, BigDecimal> realised = BudgetRealisation.toDate(round);
        return all.values().stream()
                .filter(node -> needed.contains(node.code()))
                .sorted(Comparator.comparing(PlanDocument.Node::level).thenComparing(PlanDocument.Node::code))
                .map(node -> new RecapSubmitted.Node(node.code(), node.level(), node.name(), node.parentCode(),
                        node.level().hasBudget() ? node.budgetCeiling() : null,
                        node.level().hasBudget() ? Decimals.plain(realised.get(node.code())) : null))
                .toList();
    }
    private static RecapSubmitted.Realisation realisation(Entry entry, Map<UUID, List<Evidence>> evidence) {
        List<RecapSubmitted.EvidenceRef> references = evidence.getOrDefault(entry.id, List.of()).stream()
                .map(file -> new RecapSubmitted.EvidenceRef(file.id, file.filename, file.contentType, file.sha256))
                .toList();
        return new RecapSubmitted.Realisation(entry.round.quarter, Decimals.plain(entry.value), entry.grade,
                entry.noData(), entry.noDataReason, entry.enteredBy, entry.verifiedBy, entry.note, references);
    }
}
