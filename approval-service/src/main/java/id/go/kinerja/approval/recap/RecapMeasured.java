package id.go.kinerja.approval.recap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * approval-service's own reading of {@code RecapMeasured} (docs/events.md): only the fields it checks and
 * indexes. A tolerant reader: fields it does not know are ignored, so measurement may add fields freely.
 * The whole document is kept as sent (see {@link DocumentJson#documentOf}).
 */
public record RecapMeasured(
        String agencyName,
        UUID roundId,
        Integer year,
        Integer quarter,
        Integer measuredRevision,
        List<Item> items,
        JsonNode headlineAchievement) {

    public static final String TOPIC = "kinerja.measurement.recap-measured";
    public static final String EVENT_TYPE = "RecapMeasured";

    public record Item(String indicatorCode, String indicatorName, String divisionCode) {
    }
}
