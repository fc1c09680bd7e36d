package id.go.kinerja.archive.seal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one serialisation of a JSON document that its content hash is computed over, so that the same
 * document always gives the same hash however it was written, stored or re-read (PostgreSQL's jsonb,
 * for one, reorders keys and drops whitespace). The rules, also in the README:
 * <ul>
 *   <li>no whitespace outside strings;</li>
 *   <li>object members sorted by key, comparing UTF-16 code units (as RFC 8785 does), at every depth;
 *       arrays keep their order;</li>
 *   <li>numbers as exact decimals in plain notation: no exponent, no trailing zeros after the decimal
 *       point, no decimal point when integral, no plus sign, zero as {@code 0} ({@code 25}, {@code 25.0},
 *       {@code 2.5E1} all become {@code 25}; {@code 4.20} becomes {@code 4.2});</li>
 *   <li>strings between double quotes, escaping only {@code "} and {@code \} (as {@code \"}, {@code \\}),
 *       and the control characters below U+0020 ({@code \b \f \n \r \t}, others as {@code \}{@code u00xx}
 *       with lowercase hex); every other character as itself;</li>
 *   <li>{@code true}, {@code false}, {@code null} as such;</li>
 *   <li>the result encoded as UTF-8.</li>
 * </ul>
 * Text with duplicate keys or unpaired surrogates has no canonical form and is refused.
 */
public final class CanonicalJson {

    /** Longest plain-notation number accepted; guards against {@code 1e999999999} expanding to a billion digits. */
    static final int MAX_NUMBER_DIGITS = 1000;

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CanonicalJson() {
    }

    /** Reads JSON text keeping every number exact (no binary floating point on the way). */
    public static JsonNode parse(String json) {
        try {
            JsonNode node = EXACT.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("No JSON document in the text");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /** The canonical text of a JSON document given as text. */
    public static String canonicalize(String json) {
        return canonicalize(parse(json));
    }

    public static String canonicalize(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** The content hash: SHA-256 (lowercase hex) of the canonical form's UTF-8 bytes. */
    public static String sha256(String json) {
        return Sha256.hex(canonicalize(json).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(JsonNode node) {
        return Sha256.hex(canonicalize(node).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> out.append(plain(node.decimalValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("No canonical form for a JSON " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        fields.forEachRemaining(members::add);
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    static String plain(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        long digits = (long) stripped.precision() + Math.abs((long) stripped.scale());
        if (digits > MAX_NUMBER_DIGITS) {
            throw new IllegalArgumentException("Number too large or too small for the canonical form: " + number);
        }
        return stripped.toPlainString();
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // UTF-8 cannot encode it: two different strings would hash alike
                        throw new IllegalArgumentException("Unpaired surrogate U+" + Integer.toHexString(c) + " in a string");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
