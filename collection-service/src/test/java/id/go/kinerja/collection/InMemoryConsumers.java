package id.go.kinerja.collection;

import id.go.kinerja.collection.recap.RecapApprovedConsumer;
import id.go.kinerja.collection.recap.RecapArchivedConsumer;
import id.go.kinerja.collection.recap.RecapReturnedConsumer;
import id.go.kinerja.collection.sop.RecapDisposedConsumer;
import id.go.kinerja.infrastructure.InMemoryDelivery;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The profile of the consumers' in-memory tests: collection's incoming channels read from the in-memory connector
 * instead of Kafka, so a test hands a record straight to a consumer and learns at once whether it was acknowledged
 * (applied, or ignored by the rules) or refused (what the broker would dead-letter). Everything else is as in the other
 * tests: the real database, and the test broker for what the service publishes. The real-broker path of the same
 * consumers stays covered by RecapReviewTest and SopStepsTest.
 */
public class InMemoryConsumers implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return InMemoryDelivery.channels(RecapReturnedConsumer.CHANNEL, RecapApprovedConsumer.CHANNEL,
                RecapArchivedConsumer.CHANNEL, RecapDisposedConsumer.CHANNEL);
    }
}
