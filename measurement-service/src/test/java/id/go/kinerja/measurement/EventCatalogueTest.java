package id.go.kinerja.measurement;

import id.go.kinerja.infrastructure.contracts.EventCatalogue;
import org.junit.jupiter.api.Test;

/** docs/events/asyncapi.yaml, the event catalogue for integrations that consume Kafka, describes the topics of measurement. */
class EventCatalogueTest {

    @Test
    void everyTopicTheCodeNamesIsAChannelAndEveryChannelOfMeasurementIsATopicItDefines() {
        EventCatalogue.assertDescribesTopicsOf("measurement");
    }
}
