package id.go.kinerja.web.secretary;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.format.IndonesianFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recap in the approval step (approval-service's {@code GET /api/approval/recaps/{recapId}}, or one revision of it),
 * as the Secretary and the Head read it: per item the indicator, target, realisation, capaian, predicate and division,
 * the Secretary's decision, and what changed since her last review.
 */
public record ReviewedRecap(String recapId, String roundId, int year, int quarter, String status, int revision,
                            int measuredRevision, String receivedAt, BigDecimal headlineAchievement, int itemCount,
                            long acceptedCount, long returnedCount, long undecidedCount, List<ReviewedItem> items,
                            List<PlanLevels.Level> levels, List<JsonNode> reviews, JsonNode disposition,
                            JsonNode archive) {

    /** One item (indikator) of the document with its result and the decision on it. */
    public record ReviewedItem(String code, String name, String division, String unit, String target,
                               String realisation, String status, BigDecimal achievement, String predicate,
                               String formula, List<NoData> noData, List<Evidence> evidence,
                               String decision, String reason, String returnTo, ItemChanges changes) {

        public boolean decided() {
            return decision != null;
        }

        public boolean returned() {
            return "RETURNED".equals(decision);
        }

        public String capaian() {
            return IndonesianFormats.persen(achievement);
        }
    }

    /** A quarter answered "no data" (tidak ada data), with the operator's reason. */
    public record NoData(int quarter, String reason) {
    }

    /** A file of evidence (bukti dukung) of the item's realisation of one quarter. */
    public record Evidence(int quarter, String id, String filename) {
    }

    /**
     * What changed in the item since the last returned review (revision {@code sinceRevision}), and why it had been
     * returned; {@code lines} are the changed fields, written for people.
     */
    public record ItemChanges(int sinceRevision, int sinceMeasuredRevision, boolean newItem, String previousDecision,
                              String returnReason, String returnedTo, List<String> lines) {

        public boolean unchanged() {
            return !newItem && lines.isEmpty();
        }
    }

    /** The recap of approval's detail answer. */
    public static ReviewedRecap of(JsonNode recap) {
        return of(recap, recap.path("status").asText(null), recap.path("document"));
    }

    /** One revision of approval's {@code …/revisions/{revision}} answer, its outcome as its status. */
    public static ReviewedRecap ofRevision(JsonNode revision, JsonNode recap) {
        return of(recap, revision.path("outcome").asText(null), revision.path("document"));
    }

    private static ReviewedRecap of(JsonNode recap, String status, JsonNode document) {
        List<ReviewedItem> items = new ArrayList<>();
        document.path("items").forEach(item -> items.add(item(item)));
        return new ReviewedRecap(recap.path("recapId").asText(), recap.path("roundId").asText(),
                recap.path("year").asInt(), recap.path("quarter").asInt(), status,
                document.path("revision").asInt(), document.path("measuredRevision").asInt(),
                document.path("receivedAt").asText(null), decimal(document.path("headlineAchievement")),
                document.path("itemCount").asInt(), document.path("acceptedCount").asLong(),
                document.path("returnedCount").asLong(), document.path("undecidedCount").asLong(), items,
                PlanLevels.of(document.path("levelSummaries"), document.path("nodes")), list(recap.path("reviews")), recap.path("disposition"), recap.path("archive"));
    }

    public String capaianIku() {
        return IndonesianFormats.persen(headlineAchievement);
    }

    public String diterimaPada() {
        return IndonesianFormats.waktu(receivedAt);
    }

    public boolean underReview() {
        return "AWAITING_REVIEW".equals(status);
    }

    /** The items whose data or result changed since the last review, or that are new in this revision. */
    public List<ReviewedItem> changedItems() {
        return items.stream().filter(item -> item.changes() != null && !item.changes().unchanged()).toList();
    }

    /** True from the second review on: the items carry what changed since the last returned review. */
    public boolean hasEarlierReview() {
        return items.stream().anyMatch(item -> item.changes() != null);
    }

    public String period() {
        return IndonesianFormats.period(year, quarter);
    }

    private static ReviewedItem item(JsonNode item) {
        JsonNode data = item.path("data");
        JsonNode result = item.path("result");
        String unit = data.path("unit").asText("");
        List<NoData> noData = new ArrayList<>();
        item.path("noData").forEach(answer -> noData.add(new NoData(answer.path("quarter").asInt(),
                answer.path("reason").asText(""))));
        List<Evidence> evidence = new ArrayList<>();
        data.path("realisations").forEach(realisation -> realisation.path("evidence").forEach(file -> evidence.add(
                new Evidence(realisation.path("quarter").asInt(), file.path("id").asText(), file.path("filename").asText()))));
        JsonNode decision = item.path("decision");
        return new ReviewedItem(item.path("indicatorCode").asText(), item.path("indicatorName").asText(""),
                item.path("divisionCode").asText(""), unit, figure(result.path("target"), unit),
                figure(result.path("realisation"), unit), result.path("status").asText(null),
                decimal(result.path("achievement")), result.path("predicate").asText(null),
                result.path("formula").asText(null), noData, evidence,
                decision.path("decision").asText(null), decision.path("reason").asText(null),
                decision.path("returnTo").asText(null), changes(item.path("changes")));
    }

    private static ItemChanges changes(JsonNode changes) {
        if (!changes.isObject()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        changes.path("changed").forEach(change -> lines.add(ChangeWords.line(change.path("field").asText(),
                change.path("before"), change.path("after"))));
        return new ItemChanges(changes.path("sinceRevision").asInt(), changes.path("sinceMeasuredRevision").asInt(),
                changes.path("newItem").asBoolean(false), changes.path("previousDecision").asText(null),
                changes.path("returnReason").asText(null), changes.path("returnedTo").asText(null), lines);
    }

    /** A target or realisation as measurement combined it: {@code {value}}, {@code {min, max}} or {@code {grade}}. */
    static String figure(JsonNode figure, String unit) {
        if (!figure.isObject()) {
            return "–";
        }
        if (figure.hasNonNull("grade")) {
            return figure.path("grade").asText();
        }
        String suffix = unit == null || unit.isBlank() ? "" : " " + unit;
        if (figure.hasNonNull("min") || figure.hasNonNull("max")) {
            return IndonesianFormats.angka(decimal(figure.path("min"))) + "–" + IndonesianFormats.angka(decimal(figure.path("max")))
                    + suffix;
        }
        if (figure.hasNonNull("value")) {
            return IndonesianFormats.angka(decimal(figure.path("value"))) + suffix;
        }
        return "–";
    }

    /** The agency's recaps of one status in approval (APPROVED: waiting for the Head's disposition). */
    public static List<JsonNode> withStatus(Services services, String status) {
        return list(services.approval("/api/approval/recaps").query("status", status).query("size", 200).get().body()
                .path("items"));
    }

    public static List<JsonNode> list(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    static BigDecimal decimal(JsonNode number) {
        return number.isNumber() ? number.decimalValue() : null;
    }
}
