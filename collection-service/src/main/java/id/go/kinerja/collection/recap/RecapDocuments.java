package id.go.kinerja.collection.recap;

import id.go.kinerja.collection.agency.Agency;
import id.go.kinerja.collection.budget.BudgetRealisation;
import id.go.kinerja.collection.evidence.Evidence;
import id.go.kinerja.collection.plan.Indicator;
import id.go.kinerja.collection.plan.IndicatorTarget;
import id.go.kinerja.collection.plan.NodeBudget;
import id.go.kinerja.collection.plan.PlanNode;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.support.Decimals;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Builds the content of a recap revision from the round's verified entries. A handful of queries per
 * recap whatever its size: an agency with 2,000 indicators is recapped the same way as one with 12.
 */
@ApplicationScoped
class RecapDocuments {

    RecapSubmitted build(CollectionRound round, List<Entry> entries) {
        String agency = round.agencyCode;
        Map<UUID, List<Target>> targets = IndicatorTarget.ofYear(agency, round.year);
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
                    Indicator indicator = entry.indicator;
                    List<RecapSubmitted.Realisation> realisations = new ArrayList<>();
                    earlier.getOrDefault(indicator.id, List.of()).forEach(done -> realisations.add(realisation(done, evidence)));
                    realisations.add(realisation(entry, evidence));
                    return new RecapSubmitted.Item(indicator.code, indicator.name, indicator.unit, indicator.node.code,
                            indicator.division.code, indicator.polarity, indicator.valueType, indicator.frequency,
                            indicator.periodAggregation, targets.getOrDefault(indicator.id, List.of()), realisations);
                })
                .toList();
        return new RecapSubmitted(Agency.nameOf(agency), round.id, round.year, round.quarter, nodes(round, entries), items);
    }

    /** The nodes the items hang under, with all their ancestors up to the goals, top down. */
    private static List<RecapSubmitted.Node> nodes(CollectionRound round, List<Entry> entries) {
        Map<UUID, PlanNode> all = PlanNode.ofAgency(round.agencyCode).stream()
                .collect(Collectors.toMap(node -> node.id, Function.identity()));
        Set<UUID> needed = new HashSet<>();
        for (Entry entry : entries) {
            PlanNode node = all.get(entry.indicator.node.id);
            while (node != null && needed.add(node.id)) {
                node = node.parent == null ? null : all.get(node.parent.id);
            }
        }
        Map<UUID, BigDecimal> ceilings = NodeBudget.ceilings(round.agencyCode, round.year);
        Map<UUID, BigDecimal> realised = BudgetRealisation.toDate(round);
        return all.values().stream()
                .filter(node -> needed.contains(node.id))
                .sorted(Comparator.comparing((PlanNode node) -> node.level).thenComparing(node -> node.code))
                .map(node -> new RecapSubmitted.Node(node.code, node.level, node.name, node.parentCode(),
                        node.level.hasBudget() ? Decimals.plain(ceilings.get(node.id)) : null,
                        node.level.hasBudget() ? Decimals.plain(realised.get(node.id)) : null))
                .toList();
    }

    private static RecapSubmitted.Realisation realisation(Entry entry, Map<UUID, List<Evidence>> evidence) {
        List<RecapSubmitted.EvidenceRef> references = evidence.getOrDefault(entry.id, List.of()).stream()
                .map(file -> new RecapSubmitted.EvidenceRef(file.id, file.filename, file.contentType, file.sha256))
                .toList();
        return new RecapSubmitted.Realisation(entry.round.quarter, Decimals.plain(entry.value), entry.grade,
                entry.enteredBy, entry.verifiedBy, entry.note, references);
    }
}
