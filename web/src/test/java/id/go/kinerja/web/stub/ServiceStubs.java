package id.go.kinerja.web.stub;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The four services as stubs for page tests ({@code @QuarkusTestResource(ServiceStubs.class)}): the web
 * application is pointed at them, and tests tell them what to answer through {@link #collection} and the others.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    public static ServiceStub collection;
    public static ServiceStub measurement;
    public static ServiceStub approval;
    public static ServiceStub archive;

    @Override
    public Map<String, String> start() {
        collection = new ServiceStub("collection-service");
        measurement = new ServiceStub("measurement-service");
        approval = new ServiceStub("approval-service");
        archive = new ServiceStub("archive-service");
        return Map.of(
                "kinerja.web.services.collection", collection.url(),
                "kinerja.web.services.measurement", measurement.url(),
                "kinerja.web.services.approval", approval.url(),
                "kinerja.web.services.archive", archive.url());
    }

    /** Forgets what every stub was told and received; call it before each test. */
    public static void reset() {
        collection.reset();
        measurement.reset();
        approval.reset();
        archive.reset();
    }

    @Override
    public void stop() {
        collection.stop();
        measurement.stop();
        approval.stop();
        archive.stop();
    }
}
