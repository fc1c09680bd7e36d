package id.go.kinerja.infrastructure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/events/asyncapi.yaml holds together: each message's payload is its event's schema, each schema a payload. */
class EventCatalogueTest {

    @Test
    void everyMessageHasItsEventsSchemaAndEverySchemaIsAMessage() {
        EventCatalogue.assertConsistent();
    }

    @Test
    void stepOverdueIsCarriedByTheTopicsOfBothServicesThatTimeSteps() {
        var channels = EventCatalogue.channels(EventCatalogue.read());
        assertEquals(Set.of("StepOverdue"), channels.get("kinerja.collection.step-overdue"));
        assertEquals(Set.of("StepOverdue"), channels.get("kinerja.measurement.step-overdue"));
    }
}
