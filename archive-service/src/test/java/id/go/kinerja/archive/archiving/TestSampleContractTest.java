package id.go.kinerja.archive.archiving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The disposal most archive tests send (src/test/resources/events/recap-disposed.json: four indicators, a returned and
 * an approved revision) is one the producers could write: it fits the published schemas of RecapDisposed (approval)
 * and, for the measured part it carries on, RecapMeasured (measurement). Its one extra field, {@code reportNumber},
 * is there on purpose: no producer writes it yet, and the archive keeps and prints it when one does.
 */
class TestSampleContractTest {

    @Test
    void theTestDisposalHasTheProducersShapes() throws IOException {
        ObjectNode disposal = (ObjectNode) CanonicalJson.parse(testSample());
        disposal.remove("reportNumber");
        EventSchemas.assertFits("RecapDisposed", disposal.toString());

        ObjectNode measured = disposal.deepCopy();
        measured.remove("reviews");
        measured.remove("disposition");
        measured.put("eventType", "RecapMeasured");
        // what measurement adds that approval does not pass on
        JsonNode measuredSample = CanonicalJson.parse(EventContracts.sample("RecapMeasured"));
        measured.set("predicateScale", measuredSample.get("predicateScale"));
        measured.set("rollUpCeiling", measuredSample.get("rollUpCeiling"));
        EventSchemas.assertFits("RecapMeasured", measured.toString());
    }

    static String testSample() throws IOException {
        try (InputStream in = TestSampleContractTest.class.getResourceAsStream("/events/recap-disposed.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
