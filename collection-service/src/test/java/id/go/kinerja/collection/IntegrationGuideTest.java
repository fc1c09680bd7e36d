package id.go.kinerja.collection;

import id.go.kinerja.infrastructure.IntegrationGuide;
import org.junit.jupiter.api.Test;

/** docs/integration.md shows calls of collection that exist and that the machine account (INTEGRATION) may make. */
class IntegrationGuideTest {

    @Test
    void everyCallTheGuideShowsIsAnEndpointTheMachineAccountMayCall() {
        IntegrationGuide.assertCallsOf("collection");
    }
}
