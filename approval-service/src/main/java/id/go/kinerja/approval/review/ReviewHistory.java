package id.go.kinerja.approval.review;

import id.go.kinerja.approval.recap.DocumentItems;
import id.go.kinerja.approval.recap.DocumentKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every concluded review of a recap with its per-item decisions: the record the archive keeps. */
@ApplicationScoped
public class ReviewHistory {

    private final DocumentItems documentItems;

    ReviewHistory(DocumentItems documentItems) {
        this.documentItems = documentItems;
    }

    /** Every review of every revision, oldest first. */
    public List<ReviewView> of(UUID recapId) {
        Map<DocumentKey, List<ItemDecision>> decisions = ItemDecision.ofRecap(recapId).stream()
                .collect(Collectors.groupingBy(decision -> decision.document));
        return Review.ofRecap(recapId).stream()
                .map(review -> view(review, decisions.getOrDefault(review.document, List.of())))
                .toList();
    }

    public ReviewView of(Review review) {
        return view(review, ItemDecision.on(review.document));
    }

    private ReviewView view(Review review, List<ItemDecision> decisions) {
        Map<String, Integer> position = new HashMap<>();
        List<String> order = documentItems.codes(review.document);
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<ReviewView.Item> items = decisions.stream()
                .sorted(Comparator.comparing(decision -> position.getOrDefault(decision.indicatorCode, Integer.MAX_VALUE)))
                .map(decision -> new ReviewView.Item(decision.indicatorCode, decision.decision, decision.reason,
                        decision.returnTo))
                .toList();
        return new ReviewView(review.document.revision(), review.document.measuredRevision(), review.decision,
                review.decidedBy, review.decidedAt, review.note, items);
    }
}
