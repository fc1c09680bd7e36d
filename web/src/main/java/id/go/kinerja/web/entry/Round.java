package id.go.kinerja.web.entry;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import java.util.List;

/** A collection round with the items of the signed-in person's division, each as an {@link EntryCard}. */
public record Round(String roundId, int year, int quarter, String status, List<EntryCard> cards) {

    static Round of(JsonNode round, List<EntryCard> cards) {
        return new Round(round.path("roundId").asText(), round.path("year").asInt(), round.path("quarter").asInt(),
                round.path("status").asText(), List.copyOf(cards));
    }

    /** Entries may change: the round is open, or returned for the items sent back to collection. */
    static boolean takesEntries(String status) {
        return "OPEN".equals(status) || "RETURNED".equals(status);
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
