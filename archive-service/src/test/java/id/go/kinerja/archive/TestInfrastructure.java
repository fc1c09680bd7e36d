package id.go.kinerja.archive;

import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL and Kafka once for every test class of this module. */
@QuarkusTestResource(value = KinerjaTestInfrastructure.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
