package id.go.kinerja.approval;

import id.go.kinerja.infrastructure.contracts.EventCatalogue;
import org.junit.jupiter.api.Test;

/** docs/events/asyncapi.yaml, the event catalogue for integrations that consume Kafka, describes the topics of approval. */
class EventCatalogueTest {

    @Test
    void everyTopicTheCodeNamesIsAChannelAndEveryChannelOfApprovalIsATopicItDefines() {
        EventCatalogue.assertDescribesTopicsOf("approval");
    }
}
