package id.go.kinerja.platform.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

/**
 * Numbers and instants leave every service in one form (docs/api-guide.md, "Numbers and time"): a decimal as its
 * value without trailing zeros ({@code 1}, not {@code 1.0000}; {@code 4802.5}, not {@code 4802.50}) and never in
 * exponent notation, also inside JSON carried as received (a recap's document); an instant in UTC with milliseconds,
 * {@code 2025-04-01T02:30:00.000Z}. Event JSON is written by {@code EventJson} and keeps its own contract.
 */
@Singleton
public class WireFormat implements ObjectMapperCustomizer {

    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    // last, so that these serializers win over the modules Quarkus registers (java.time's among them)
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule wire = new SimpleModule("wire-format");
        wire.addSerializer(BigDecimal.class, new DecimalSerializer());
        wire.addSerializer(Instant.class, new InstantSerializer());
        wire.addSerializer(JsonNode.class, new TreeSerializer());
        mapper.registerModule(wire);
    }

    /** The value of a decimal as a JSON number: no trailing zeros, no exponent. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static final class DecimalSerializer extends StdSerializer<BigDecimal> {

        DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeNumber(plain(value));
        }
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(INSTANT.format(value));
        }
    }

    /** A JSON tree (a document kept as it was received) with its decimal numbers in the same form. */
    private static final class TreeSerializer extends StdSerializer<JsonNode> {

        TreeSerializer() {
            super(JsonNode.class);
        }

        @Override
        public void serialize(JsonNode node, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (node.isObject()) {
                json.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    json.writeFieldName(field.getKey());
                    serialize(field.getValue(), json, provider);
                }
                json.writeEndObject();
            } else if (node.isArray()) {
                json.writeStartArray();
                for (JsonNode element : node) {
                    serialize(element, json, provider);
                }
                json.writeEndArray();
            } else if (node.isFloatingPointNumber()) {
                json.writeNumber(plain(node.decimalValue()));
            } else {
                node.serialize(json, provider);
            }
        }
    }
}
