package id.go.kinerja.archive;

import id.go.kinerja.infrastructure.contracts.EventCatalogue;
import org.junit.jupiter.api.Test;

/** docs/events/asyncapi.yaml, the event catalogue for integrations that consume Kafka, describes the topics of archive. */
class EventCatalogueTest {

    @Test
    void everyTopicTheCodeNamesIsAChannelAndEveryChannelOfArchiveIsATopicItDefines() {
        EventCatalogue.assertDescribesTopicsOf("archive");
    }
}
