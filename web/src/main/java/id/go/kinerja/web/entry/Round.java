package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import java.util.List;
import java.util.Map;

/** A collection round with the items of the signed-in person's division, each as an {@link EntryCard}. */
public record Round(String roundId, int year, int quarter, String status, List<EntryCard> cards) {

    private static final Map<String, String> STATUSES = Map.of(
            "OPEN", "Terbuka untuk pengisian",
            "SUBMITTED", "Rekap diajukan, menunggu reviu Sekretaris",
            "RETURNED", "Dikembalikan untuk perbaikan",
            "APPROVED", "Disetujui",
            "ARCHIVED", "Diarsipkan");

    static Round of(JsonNode round, List<EntryCard> cards) {
        return new Round(round.path("roundId").asText(), round.path("year").asInt(), round.path("quarter").asInt(),
                round.path("status").asText(), List.copyOf(cards));
    }

    /** Entries may change: the round is open, or returned for the items sent back to collection. */
    static boolean takesEntries(String status) {
        return "OPEN".equals(status) || "RETURNED".equals(status);
    }

    public static String statusName(String status) {
        return STATUSES.getOrDefault(status, status);
    }

    public String statusName() {
        return statusName(status);
    }

    public boolean takesEntries() {
        return takesEntries(status);
    }

    public String period() {
        return period(year, quarter);
    }

    static String period(int year, int quarter) {
        return IndonesianFormats.period(year, quarter);
    }

    /** The card of one indicator, or null when the round has none of the person's division. */
    public EntryCard card(String indicatorCode) {
        return cards.stream().filter(card -> card.code().equals(indicatorCode)).findFirst().orElse(null);
    }
}
