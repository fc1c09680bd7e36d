package id.go.kinerja.web.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a template read a service's JSON as it reads an object: {@code {round.status}}, {@code {#for item in round.items}}.
 * A field that is absent or null reads as null, so {@code {entry.note ?: '-'}} works; numbers read as BigDecimal
 * (never double: achievement figures are decimals), arrays as lists.
 */
@TemplateExtension
public final class JsonInTemplates {

    private JsonInTemplates() {
    }

    @TemplateExtension(matchName = TemplateExtension.ANY)
    static Object field(JsonNode node, String name) {
        return value(node.get(name));
    }

    /** The JSON node itself as a list, for {@code {#for x in node.asList}} over a top-level array. */
    static List<Object> asList(JsonNode node) {
        List<Object> values = new ArrayList<>();
        node.forEach(element -> values.add(value(element)));
        return values;
    }

    static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            return asList(node);
        }
        return node;
    }

}
