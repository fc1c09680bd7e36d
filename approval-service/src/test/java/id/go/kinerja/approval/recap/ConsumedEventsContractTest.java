package id.go.kinerja.approval.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.infrastructure.contracts.EventSchemas;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.EventType;
import id.go.kinerja.platform.events.ReceivedEvent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of the events approval reads: each producer's committed sample (docs/events/samples) passes the
 * topic's contract and approval's own reader gets every field it reads from it; the measured document it keeps is
 * the sample's payload. A field renamed by the producer (its sample changes with it) or by this reader fails here.
 */
class ConsumedEventsContractTest {

    @Test
    void readsMeasurementsRecapMeasured() {
        String sample = EventContracts.sample("RecapMeasured");
        RecapMeasured measured = read(sample, EventType.RECAP_MEASURED).payloadAs(RecapMeasured.class);

        EventContracts.assertEveryFieldRead(measured);
        assertEquals(measured.items().size(), DocumentJson.documentOf(sample).get("items").size());
        assertEquals(new BigDecimal("100.00"), DocumentJson.headlineOf(measured.headlineAchievement()));
    }

    @Test
    void readsTheArchivesRecapArchived() {
        String sample = EventContracts.sample("RecapArchived");
        EventContracts.assertEveryFieldRead(read(sample, EventType.RECAP_ARCHIVED).payloadAs(RecapArchived.class));
    }

    /**
     * The measured recaps most approval tests send (six indicators, a second revision) are ones measurement could
     * write: they fit its published schema, apart from {@code engineVersion} and the third item's
     * {@code result.explanation}, the fields they carry on purpose to show that approval ignores, and keeps as it is,
     * what it does not know, and the two fields measurement adds that approval does not keep.
     */
    @Test
    void theTestRecapsHaveMeasurementsShapes() {
        JsonNode real = RecapMeasuredSample.of("RecapMeasured").tree();
        for (String resource : new String[] {RecapMeasuredSample.REVISION_1, RecapMeasuredSample.REVISION_2}) {
            ObjectNode measured = RecapMeasuredSample.of(resource).without("engineVersion").tree();
            ((ObjectNode) measured.at("/items/2/result")).remove("explanation");
            measured.set("predicateScale", real.get("predicateScale"));
            measured.set("rollUpCeiling", real.get("rollUpCeiling"));
            EventSchemas.assertFits("RecapMeasured", measured.toString());
        }
    }

    private static ReceivedEvent read(String sample, EventType type) {
        ReceivedEvent event = EventJson.read(sample);
        type.requireContractOf(event);
        return event;
    }
}
