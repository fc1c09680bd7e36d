package id.go.kinerja.web.secretary;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.site.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency's capaian per plan level (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan) as measurement computed it:
 * its {@code levelSummaries} with, under each level, the plan nodes of that level and their roll-up.
 */
public final class PlanLevels {

    /** One level: its summary and its nodes. */
    public record Level(String level, String status, BigDecimal achievement, String predicate, int nodeCount,
                        int notEvaluable, String predicateCounts, List<Node> nodes) {

        public String capaian() {
            return IndonesianFormats.persen(achievement);
        }
    }

    /** One plan node with its roll-up (the mean of its indicators and children) and budget absorption. */
    public record Node(String code, String name, String status, BigDecimal achievement, String predicate,
                       BigDecimal budgetCeiling, BigDecimal budgetRealised, BigDecimal budgetAbsorption,
                       int evaluatedIndicators, int leftOutIndicators) {

        public String capaian() {
            return IndonesianFormats.persen(achievement);
        }

        public String pagu() {
            return IndonesianFormats.rupiah(budgetCeiling);
        }

        public String realisasiAnggaran() {
            return IndonesianFormats.rupiah(budgetRealised);
        }

        public String serapan() {
            return IndonesianFormats.persen(budgetAbsorption);
        }
    }

    private PlanLevels() {
    }

    /** The levels in plan order, as measurement lists them (only those the recap has). */
    public static List<Level> of(JsonNode levelSummaries, JsonNode nodes) {
        List<Level> levels = new ArrayList<>();
        for (JsonNode summary : levelSummaries) {
            String level = summary.path("level").asText();
            List<Node> ofLevel = new ArrayList<>();
            for (JsonNode node : nodes) {
                if (level.equals(node.path("level").asText())) {
                    JsonNode rollUp = node.path("rollUp");
                    ofLevel.add(new Node(node.path("code").asText(), node.path("name").asText(""),
                            rollUp.path("status").asText(null), ReviewedRecap.decimal(rollUp.path("achievement")),
                            rollUp.path("predicate").asText(null), ReviewedRecap.decimal(node.path("budgetCeiling")),
                            ReviewedRecap.decimal(node.path("budgetRealised")),
                            ReviewedRecap.decimal(rollUp.path("budgetAbsorption")),
                            rollUp.path("evaluatedIndicators").asInt(), rollUp.path("leftOutIndicators").asInt()));
                }
            }
            levels.add(new Level(level, summary.path("status").asText(null),
                    ReviewedRecap.decimal(summary.path("achievement")), summary.path("predicate").asText(null),
                    summary.path("nodes").asInt(ofLevel.size()), summary.path("notEvaluable").asInt(),
                    predicateCounts(summary.path("predicateCounts")), ofLevel));
        }
        return levels;
    }

    /** "Sangat tinggi 2, Tinggi 1", in the order measurement gives them. */
    private static String predicateCounts(JsonNode counts) {
        List<String> parts = new ArrayList<>();
        counts.fields().forEachRemaining(count -> parts.add(Vocabulary.predikat(count.getKey()) + " " + count.getValue().asText()));
        return parts.isEmpty() ? "–" : String.join(", ", parts);
    }
}
