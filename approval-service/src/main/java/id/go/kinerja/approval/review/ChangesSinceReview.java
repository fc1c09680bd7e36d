package id.go.kinerja.approval.review;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.approval.recap.DocumentKey;
import id.go.kinerja.approval.recap.MeasuredDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed in an item since the Secretary last returned the recap: from revision 2 on (or after a
 * re-measurement) she sees, next to each item, why it went back and which of its data and results differ,
 * instead of comparing two printed reports by hand.
 */
final class ChangesSinceReview {

    /** The parts of an item a re-entry or a methodology fix can change, as paths into the item. */
    private static final List<String> COMPARED = List.of("/targets", "/realisations", "/result/status",
            "/result/achievement", "/result/predicate", "/result/rule", "/result/methodologyVersion");

    private final DocumentKey previous;
    private final Map<String, JsonNode> previousItems;
    private final Map<String, ItemDecision> previousDecisions;

    private ChangesSinceReview(DocumentKey previous, Map<String, JsonNode> previousItems,
                               Map<String, ItemDecision> previousDecisions) {
        this.previous = previous;
        this.previousItems = previousItems;
        this.previousDecisions = previousDecisions;
    }

    /** Against the latest review concluded on an older document of the recap; empty for a first review. */
    static Optional<ChangesSinceReview> of(DocumentKey current) {
        return Review.ofRecap(current.recapId()).stream()
                .map(review -> review.document)
                .filter(current::isNewerThan)
                .max(Comparator.comparingInt(DocumentKey::revision).thenComparingInt(DocumentKey::measuredRevision))
                .flatMap(MeasuredDocument::of)
                .map(document -> {
                    Map<String, JsonNode> items = new HashMap<>();
                    for (JsonNode item : document.json().path("items")) {
                        items.put(item.path("indicatorCode").asText(), item);
                    }
                    Map<String, ItemDecision> decisions = ItemDecision.on(document.key).stream()
                            .collect(Collectors.toMap(decision -> decision.indicatorCode, decision -> decision));
                    return new ChangesSinceReview(document.key, items, decisions);
                });
    }

    ItemChanges of(String indicatorCode, JsonNode item) {
        JsonNode before = previousItems.get(indicatorCode);
        ItemDecision decision = previousDecisions.get(indicatorCode);
        List<FieldChange> changed = new ArrayList<>();
        if (before != null) {
            for (String path : COMPARED) {
                JsonNode was = before.at(path);
                JsonNode now = item.at(path);
                if (!sameValue(was, now)) {
                    changed.add(new FieldChange(path.substring(1).replace('/', '.'), valueOrNull(was), valueOrNull(now)));
                }
            }
        }
        return new ItemChanges(previous.revision(), previous.measuredRevision(), before == null,
                decision == null ? null : decision.decision,
                decision == null ? null : decision.reason,
                decision == null || decision.returnTo == null ? null : decision.returnTo.name(), changed);
    }

    /** Numbers compare by value: 80.0 and 80.00 are the same achievement. */
    private static boolean sameValue(JsonNode was, JsonNode now) {
        if (was.isNumber() && now.isNumber()) {
            return was.decimalValue().compareTo(now.decimalValue()) == 0;
        }
        return was.equals(now);
    }

    private static JsonNode valueOrNull(JsonNode node) {
        return node.isMissingNode() ? null : node;
    }

    @Schema(name = "ItemChanges", description = "What changed in this item since the last returned review "
            + "(perubahan sejak revisi sebelumnya), and why it had been returned")
    record ItemChanges(
            @Schema(description = "The revision of the last reviewed document", example = "1") int sinceRevision,
            @Schema(description = "Which measurement of it", example = "1") int sinceMeasuredRevision,
            @Schema(description = "True when the item was not in that document") boolean newItem,
            @Schema(description = "The decision on the item then") Decision previousDecision,
            @Schema(description = "Why it was returned (alasan pengembalian)", example = "Lampirkan daftar hadir")
            String returnReason,
            @Schema(description = "Where it was returned to", example = "COLLECTION") String returnedTo,
            @Schema(description = "The fields that differ, empty when nothing changed") List<FieldChange> changed) {
    }

    @Schema(name = "FieldChange", description = "One field of an item that differs from the previous review")
    record FieldChange(
            @Schema(example = "realisations") String field,
            @Schema(type = SchemaType.OBJECT, implementation = Object.class) JsonNode before,
            @Schema(type = SchemaType.OBJECT, implementation = Object.class) JsonNode after) {
    }
}
