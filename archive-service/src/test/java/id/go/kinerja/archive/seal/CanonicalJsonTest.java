package id.go.kinerja.archive.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void canonicalFormSortsKeysDropsWhitespaceAndWritesPlainDecimals() {
        String text = """
                { "b" : [ 1, 2.50, {"z": true, "a": null} ],
                  "a" : "x\\ny\\"\\u00e9",
                  "c" : 1.0E2 }
                """;

        assertEquals("{\"a\":\"x\\ny\\\"é\",\"b\":[1,2.5,{\"a\":null,\"z\":true}],\"c\":100}",
                CanonicalJson.canonicalize(text));
    }

    @Test
    void contentHashIsSha256HexOfTheCanonicalUtf8Bytes() throws Exception {
        String canonical = "{\"a\":\"é\",\"b\":[1,2.5]}";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, CanonicalJson.sha256("{\"b\": [1, 2.50], \"a\": \"\\u00e9\"}"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void theSampleDocumentKeepsTheHashAnIndependentImplementationComputes() throws IOException {
        // computed with the Python snippet of the README: the canonical form is reproducible outside this code
        assertEquals("0d136a73bc85bd47b306a2d524fff1b887151c7ed486cbc4c78d40c6c491b834", CanonicalJson.sha256(sample()));
    }

    @Test
    void keyOrderAndWhitespaceDoNotChangeTheHashOfARealDocument() throws IOException {
        String original = sample();
        JsonNode reordered = reverseKeys(CanonicalJson.parse(original));

        assertEquals(CanonicalJson.sha256(original), CanonicalJson.sha256(reordered.toPrettyString()));
        assertEquals(CanonicalJson.sha256(original), CanonicalJson.sha256(reordered.toString()));
    }

    @Test
    void spellingsOfTheSameNumberHashAlike() {
        String hash = CanonicalJson.sha256("{\"value\": 25}");
        for (String spelling : List.of("25.0", "25.000", "2.5E1", "2.5e+1", "250E-1")) {
            assertEquals(hash, CanonicalJson.sha256("{\"value\": " + spelling + "}"), spelling);
        }
        assertEquals("0", CanonicalJson.plain(new java.math.BigDecimal("-0.000")));
        assertEquals("0", CanonicalJson.canonicalize("0E+10"));
        assertEquals("-1.5", CanonicalJson.canonicalize("-1.50"));
        assertEquals("0.0000001", CanonicalJson.canonicalize("1E-7"));
        assertEquals("12345678901234567890.123456789012345678901",
                CanonicalJson.canonicalize("12345678901234567890.1234567890123456789010"));
    }

    @Test
    void anyValueChangeChangesTheHash() throws IOException {
        String original = sample();
        String hash = CanonicalJson.sha256(original);
        Map<String, String> changes = Map.of(
                "a realisation", original.replace("\"value\": 4.20", "\"value\": 4.21"),
                "an achievement", original.replace("\"achievement\": 80.00, \"predicate\": \"TINGGI\", \"flags\"",
                        "\"achievement\": 80.01, \"predicate\": \"TINGGI\", \"flags\""),
                "a return reason", original.replace("belum dilampirkan", "belum dilampirkan."),
                "a decision", original.replace("\"decision\": \"APPROVED\"", "\"decision\": \"RETURNED\""),
                "the disposition", original.replace("Pertahankan;", "Pertahankan,"),
                "a null turned into a value", original.replace("\"parentCode\": null", "\"parentCode\": \"T0\""),
                "the order of an array", original.replaceFirst(
                        "(\\{\"id\": \"3d8b[^}]*\\}),(\\s*)(\\{\"id\": \"4e9c[^}]*\\})", "$3,$2$1"),
                "an added field", original.replace("\"quarter\": 1,\n", "\"quarter\": 1,\n  \"extra\": true,\n"),
                "a renamed key", original.replace("\"reportNumber\"", "\"reportNo\""));
        changes.forEach((what, changed) -> {
            assertNotEquals(original, changed, "the sample no longer contains what the test changes: " + what);
            assertNotEquals(hash, CanonicalJson.sha256(changed), what);
        });
    }

    @Test
    void controlCharactersAreEscapedAndEverythingElseWrittenAsItIs() {
        assertEquals("\"tab\\tnul-ish\\u0001del\u007fé😀/\"",
                CanonicalJson.canonicalize("\"tab\\u0009nul-ish\\u0001del\\u007f\\u00e9\\ud83d\\ude00\\/\""));
    }

    @Test
    void textWithoutASingleCanonicalFormIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize("{\"a\": 1, \"a\": 2}"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize("\"\\ud83d alone\""));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize("1e999999999"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize("{\"a\": 1} trailing"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize("{\"a\": "));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize(""));
    }

    @Test
    void aSealChainsThePreviousSealAndTheContentHash() {
        String contentHash = CanonicalJson.sha256("{}");

        assertEquals(Sha256.hex(("0".repeat(64) + contentHash).getBytes(StandardCharsets.US_ASCII)),
                Seal.of(Seal.GENESIS, contentHash));
        assertNotEquals(Seal.of(Seal.GENESIS, contentHash), Seal.of(Seal.of(Seal.GENESIS, contentHash), contentHash));
    }

    private static String sample() throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getResourceAsStream("/events/recap-disposed.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode reverseKeys(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            ObjectNode reversed = JsonNodeFactory.instance.objectNode();
            for (int i = names.size() - 1; i >= 0; i--) {
                reversed.set(names.get(i), reverseKeys(node.get(names.get(i))));
            }
            return reversed;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(reverseKeys(element)));
            return copy;
        }
        return node;
    }
}
