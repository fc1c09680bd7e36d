package id.go.kinerja.collection;

import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL and Kafka once for every test class of the module (one application start). */
@QuarkusTestResource(value = KinerjaTestInfrastructure.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
