package id.go.kinerja.web.archive;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.site.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person reads of an archived document (the {@code RecapDisposed} the archive sealed): the report number, the
 * quarter's target, realisation and result of each indicator, every review, and the Head's disposition. The whole
 * document is in the reports; this is its summary, read tolerantly (a field it does not know is left out).
 */
public record ArchivedDocument(String reportNumber, String headlineAchievement, List<Item> items,
                               List<Review> reviews, String disposition, String disposedBy, String disposedAt) {

    public record Item(String indicatorCode, String indicatorName, String unit, String divisionCode, String target,
                       String realisation, String achievement, String predicate) {
    }

    public record Review(int revision, String decision, String decidedBy, String decidedAt, String note,
                         List<String> returned) {
    }

    static ArchivedDocument of(JsonNode document) {
        int quarter = document.path("quarter").asInt();
        List<Item> items = new ArrayList<>();
        document.path("items").forEach(item -> items.add(item(item, quarter)));
        List<Review> reviews = new ArrayList<>();
        document.path("reviews").forEach(review -> {
            List<String> returned = new ArrayList<>();
            review.path("items").forEach(decision -> {
                if ("RETURNED".equals(decision.path("decision").asText())) {
                    returned.add(decision.path("indicatorCode").asText() + ": " + decision.path("reason").asText("")
                            + " (ke " + Vocabulary.tujuan(decision.path("returnTo").asText()) + ")");
                }
            });
            reviews.add(new Review(review.path("revision").asInt(), review.path("decision").asText(),
                    review.path("decidedBy").asText(""), IndonesianFormats.waktu(review.path("decidedAt").asText(null)),
                    review.path("note").asText(null), returned));
        });
        JsonNode disposition = document.path("disposition");
        return new ArchivedDocument(document.path("reportNumber").asText(null),
                IndonesianFormats.persen(decimal(document.path("headlineAchievement"))), items, reviews,
                disposition.path("text").asText(null), disposition.path("decidedBy").asText(null),
                IndonesianFormats.waktu(disposition.path("decidedAt").asText(null)));
    }

    private static Item item(JsonNode item, int quarter) {
        JsonNode result = item.path("result");
        return new Item(item.path("indicatorCode").asText(), item.path("indicatorName").asText(""),
                item.path("unit").asText(""), item.path("divisionCode").asText(""),
                IndonesianFormats.angka(decimal(ofQuarter(item.path("targets"), quarter).path("value"))),
                realisation(ofQuarter(item.path("realisations"), quarter)),
                IndonesianFormats.persen(decimal(result.path("achievement"))), predicate(result));
    }

    private static String realisation(JsonNode realisation) {
        if (realisation.path("noData").asBoolean(false)) {
            return "Tidak ada data: " + realisation.path("noDataReason").asText("");
        }
        if (realisation.hasNonNull("grade")) {
            return realisation.path("grade").asText();
        }
        return IndonesianFormats.angka(decimal(realisation.path("value")));
    }

    private static String predicate(JsonNode result) {
        String predicate = result.path("predicate").asText("");
        if (predicate.isBlank()) {
            return "INCOMPLETE".equals(result.path("status").asText()) ? "Belum lengkap" : "–";
        }
        String words = predicate.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static JsonNode ofQuarter(JsonNode perQuarter, int quarter) {
        for (JsonNode entry : perQuarter) {
            if (entry.path("quarter").asInt() == quarter) {
                return entry;
            }
        }
        return perQuarter.path(perQuarter.size() - 1);
    }

    private static Object decimal(JsonNode number) {
        return number.isNumber() ? number.decimalValue() : null;
    }
}
