package id.go.kinerja.collection;

import id.go.kinerja.infrastructure.contracts.EventCatalogue;
import org.junit.jupiter.api.Test;

/** docs/events/asyncapi.yaml, the event catalogue for integrations that consume Kafka, describes the topics of collection. */
class EventCatalogueTest {

    @Test
    void everyTopicTheCodeNamesIsAChannelAndEveryChannelOfCollectionIsATopicItDefines() {
        EventCatalogue.assertDescribesTopicsOf("collection");
    }
}
