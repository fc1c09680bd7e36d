package id.go.kinerja.approval.recap;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.approval.RecapMeasuredSample;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.events.MalformedEventException;
import id.go.kinerja.platform.events.ReceivedEvent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Contract tests of approval's tolerant readers against sample payloads of the events it consumes
 * (src/test/resources/events): what measurement and archive publish per docs/events.md, plus fields
 * approval does not know.
 */
class RecapEventContractTest {

    @Test
    void recapMeasuredSampleIsReadDespiteFieldsApprovalDoesNotKnow() {
        String message = RecapMeasuredSample.text(RecapMeasuredSample.REVISION_1);
        assertTrue(message.contains("\"engineVersion\""), "the sample carries a field approval does not know");

        ReceivedEvent event = EventJson.read(message);
        RecapMeasured measured = event.payloadAs(RecapMeasured.class);

        assertEquals("RecapMeasured", event.envelope().eventType());
        assertEquals("DISDAGTRANS", event.envelope().agencyCode());
        assertEquals(1, event.envelope().revision());
        assertEquals("Dinas Perdagangan dan Transmigrasi", measured.agencyName());
        assertEquals(2025, measured.year());
        assertEquals(1, measured.quarter());
        assertEquals(1, measured.measuredRevision());
        assertEquals(6, measured.items().size());
        assertEquals("IKP-02", measured.items().get(3).indicatorCode());
        assertEquals("PERDAGANGAN", measured.items().get(3).divisionCode());
    }

    @Test
    void theKeptDocumentHoldsTheContractFieldsWithExactDecimals() {
        ObjectNode document = DocumentJson.documentOf(RecapMeasuredSample.text(RecapMeasuredSample.REVISION_1));

        assertEquals(DocumentJson.FIELDS.size(), document.size());
        assertFalse(document.has("engineVersion"));
        assertFalse(document.has("eventId"));
        assertEquals("80.00", document.path("items").get(3).path("result").path("achievement").decimalValue().toPlainString());
        assertEquals("312500000.00", document.path("nodes").get(4).path("budgetRealised").decimalValue().toPlainString());
        assertEquals("Realisasi triwulan terakhir dibandingkan target triwulan yang sama",
                document.path("items").get(2).path("result").path("explanation").asText());
        assertThat(DocumentJson.headlineOf(document.get("headlineAchievement")), comparesEqualTo(new BigDecimal("96.17")));
    }

    @Test
    void theHeadlineIsReadAsANumberOrAsTheObjectiveLevelSummary() {
        ObjectNode summary = RecapMeasuredSample.JSON.createObjectNode();
        summary.put("level", "OBJECTIVE").put("achievement", new BigDecimal("96.17")).putObject("predicateCounts");

        assertThat(DocumentJson.headlineOf(summary), comparesEqualTo(new BigDecimal("96.17")));
        assertNull(DocumentJson.headlineOf(RecapMeasuredSample.JSON.nullNode()));
        assertNull(DocumentJson.headlineOf(null));
    }

    @Test
    void recapArchivedSampleIsReadDespiteFieldsApprovalDoesNotKnow() {
        RecapArchived archived = EventJson.read(RecapMeasuredSample.text(RecapMeasuredSample.ARCHIVED))
                .payloadAs(RecapArchived.class);

        assertEquals("8091a2b3-c4d5-46e7-98f9-0a1b2c3d4e5f", archived.archiveId());
        assertEquals(64, archived.contentHash().length());
        assertEquals(1L, archived.chainPosition());
    }

    @Test
    void somethingThatIsNotAnEventIsRefused() {
        assertThrows(MalformedEventException.class, () -> EventJson.read("[1, 2, 3]"));
        assertThrows(MalformedEventException.class, () -> DocumentJson.documentOf("not json"));
    }
}
