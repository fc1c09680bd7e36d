package id.go.kinerja.approval.recap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.platform.events.MalformedEventException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The measured document as JSON, read with every number kept as the exact decimal that was written
 * (achievements, budgets): never through a float, and with its scale ("80.00" stays "80.00").
 */
public final class DocumentJson {

    /** The {@code RecapMeasured} payload fields that make up the document (docs/events.md). */
    public static final List<String> FIELDS = List.of("agencyName", "roundId", "year", "quarter", "nodes", "items",
            "levelSummaries", "headlineAchievement", "measuredRevision");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private DocumentJson() {
    }

    /**
     * The document inside a {@code RecapMeasured} message: its payload fields named in docs/events.md, each
     * as sent (unknown fields inside items and nodes travel along). The envelope and unknown top-level fields
     * are left out, so the document cannot clash with what approval adds to it.
     */
    public static ObjectNode documentOf(String message) {
        JsonNode event = readTree(message);
        ObjectNode document = MAPPER.createObjectNode();
        for (String field : FIELDS) {
            if (event.has(field)) {
                document.set(field, event.get(field));
            }
        }
        return document;
    }

    public static ObjectNode read(String json) {
        return (ObjectNode) readTree(json);
    }

    public static String write(JsonNode json) {
        return json.toString();
    }

    /** The headline figure: a number, or the {@code achievement} of an Objective-level summary object. */
    public static BigDecimal headlineOf(JsonNode headline) {
        if (headline == null) {
            return null;
        }
        JsonNode value = headline.isObject() ? headline.get("achievement") : headline;
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static JsonNode readTree(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new MalformedEventException("A measured document must be a JSON object");
            }
            return tree;
        } catch (MalformedEventException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedEventException("Measured document is not readable JSON", e);
        }
    }
}
