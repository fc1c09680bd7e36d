package id.go.kinerja.infrastructure.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON Schemas of the events, {@code docs/events/<EventType>.schema.json}, generated from the producer's own
 * records (the envelope and the payload) as Jackson writes them: exactly the fields the producer has, each with its
 * JSON type, required unless the producer leaves it out when empty, no other field allowed. A producer's test
 * {@link #assertSchema checks} that the committed schema is still the generated one and that its samples fit it.
 * The schemas use a small part of JSON Schema 2020-12 ({@code type}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code enum}, {@code format}), checked here without a validator library.
 */
public final class EventSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    /**
     * Fails unless {@code docs/events/<eventType>.schema.json} is the schema of {@code envelope} and {@code payload}
     * merged into one object (as the outbox writes them) and every named sample validates against it.
     */
    public static void assertSchema(String eventType, Class<?> envelope, Class<?> payload, String... samples) {
        ObjectNode schema = schemaOf(eventType, envelope, payload);
        EventContracts.assertSame(EventContracts.eventsDirectory().resolve(eventType + ".schema.json"), schema);
        for (String sample : samples) {
            List<String> errors = validate(schema, EventContracts.tree(EventContracts.sample(sample)));
            if (!errors.isEmpty()) {
                throw new AssertionError("Sample " + sample + " does not fit " + eventType + ".schema.json: " + errors);
            }
        }
    }

    /**
     * Fails unless {@code json} fits the committed {@code docs/events/<eventType>.schema.json}: for a consumer's test
     * that needs an event other than the committed samples, to show that it is one the producer could write.
     */
    public static void assertFits(String eventType, String json) {
        JsonNode schema = EventContracts.tree(EventContracts.read(
                EventContracts.eventsDirectory().resolve(eventType + ".schema.json")));
        List<String> errors = validate(schema, EventContracts.tree(json));
        if (!errors.isEmpty()) {
            throw new AssertionError("The event does not fit " + eventType + ".schema.json: " + errors);
        }
    }

    static ObjectNode schemaOf(String eventType, Class<?> envelope, Class<?> payload) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", eventType + ".schema.json");
        schema.put("title", eventType);
        schema.put("description", "Generated from the producer's envelope and " + payload.getSimpleName()
                + " records by its contract test; see docs/events.md");
        // the envelope's fields are never null (a consumer refuses an event without them); payload fields may be
        ObjectNode body = object(type(envelope), false, new HashSet<>());
        ObjectNode fields = object(type(payload), true, new HashSet<>());
        ((ObjectNode) body.get("properties")).setAll((ObjectNode) fields.get("properties"));
        ((ArrayNode) body.get("required")).addAll((ArrayNode) fields.get("required"));
        schema.setAll(body);
        return schema;
    }

    private static JavaType type(java.lang.reflect.Type type) {
        return EventContracts.JSON.getTypeFactory().constructType(type);
    }

    private static ObjectNode schemaOf(JavaType type, boolean nullable, Set<Class<?>> open) {
        Class<?> raw = type.getRawClass();
        ObjectNode schema;
        if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class || open.contains(raw)) {
            return NODES.objectNode(); // any JSON
        } else if (raw == String.class || raw == Character.class || raw == char.class) {
            schema = typed("string");
        } else if (raw == UUID.class) {
            schema = typed("string").put("format", "uuid");
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            schema = typed("string").put("format", "date-time");
        } else if (raw == LocalDate.class) {
            schema = typed("string").put("format", "date");
        } else if (raw == int.class || raw == long.class || raw == short.class || raw == Integer.class
                || raw == Long.class || raw == Short.class || raw == BigInteger.class) {
            schema = typed("integer");
        } else if (raw == BigDecimal.class) {
            schema = typed("number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema = typed("boolean");
        } else if (raw.isEnum()) {
            schema = typed("string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (nullable && !raw.isPrimitive()) {
                values.addNull();
            }
        } else if (type.isCollectionLikeType() || type.isArrayType()) {
            schema = typed("array");
            schema.set("items", schemaOf(type.getContentType(), true, open));
        } else if (type.isMapLikeType()) {
            schema = typed("object");
            schema.set("additionalProperties", schemaOf(type.getContentType(), true, open));
        } else {
            open.add(raw);
            schema = object(type, true, open);
            open.remove(raw);
        }
        if (nullable && !raw.isPrimitive()) {
            schema.set("type", NODES.arrayNode().add(schema.get("type").asText()).add("null"));
        }
        return schema;
    }

    private static ObjectNode object(JavaType type, boolean nullableFields, Set<Class<?>> open) {
        BeanDescription bean = EventContracts.JSON.getSerializationConfig().introspect(type);
        JsonInclude.Value classInclusion = bean.findPropertyInclusion(JsonInclude.Value.empty());
        ObjectNode schema = typed("object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            JsonInclude.Include inclusion = property.findInclusion().getValueInclusion();
            if (inclusion == null || inclusion == JsonInclude.Include.USE_DEFAULTS) {
                inclusion = classInclusion.getValueInclusion();
            }
            boolean alwaysWritten = inclusion == null || inclusion == JsonInclude.Include.ALWAYS
                    || inclusion == JsonInclude.Include.USE_DEFAULTS;
            properties.set(property.getName(),
                    schemaOf(property.getPrimaryType(), alwaysWritten && nullableFields, open));
            if (alwaysWritten) {
                required.add(property.getName());
            }
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode typed(String type) {
        return NODES.objectNode().put("type", type);
    }

    /** The places where {@code json} does not fit {@code schema}, empty when it fits. */
    static List<String> validate(JsonNode schema, JsonNode json) {
        List<String> errors = new ArrayList<>();
        validate(schema, json, "$", errors);
        return errors;
    }

    private static void validate(JsonNode schema, JsonNode json, String at, List<String> errors) {
        JsonNode types = schema.get("type");
        if (types == null) {
            return;
        }
        boolean fits = false;
        for (JsonNode type : types.isArray() ? types : NODES.arrayNode().add(types)) {
            fits |= fits(type.asText(), json);
        }
        if (!fits) {
            errors.add(at + " is " + json.getNodeType() + ", not " + types);
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), json)) {
            errors.add(at + " = " + json + " is not one of " + schema.get("enum"));
        }
        if (json.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode name : schema.path("required")) {
                if (!json.has(name.asText())) {
                    errors.add(at + " lacks " + name.asText());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode fieldSchema = properties.get(field.getKey());
                if (fieldSchema == null) {
                    JsonNode additional = schema.get("additionalProperties");
                    if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                        errors.add(at + " has " + field.getKey() + ", which the schema does not know");
                    } else if (additional != null && additional.isObject()) {
                        validate(additional, field.getValue(), at + "." + field.getKey(), errors);
                    }
                } else {
                    validate(fieldSchema, field.getValue(), at + "." + field.getKey(), errors);
                }
            }
        } else if (json.isArray() && schema.has("items")) {
            for (int i = 0; i < json.size(); i++) {
                validate(schema.get("items"), json.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    private static boolean fits(String type, JsonNode json) {
        return switch (type) {
            case "object" -> json.isObject();
            case "array" -> json.isArray();
            case "string" -> json.isTextual();
            case "integer" -> json.isIntegralNumber();
            case "number" -> json.isNumber();
            case "boolean" -> json.isBoolean();
            case "null" -> json.isNull();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode json) {
        for (JsonNode value : values) {
            if (value.equals(json)) {
                return true;
            }
        }
        return false;
    }
}
