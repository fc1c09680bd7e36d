package id.go.kinerja.measurement.support;

import id.go.kinerja.infrastructure.KinerjaTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the real embedded PostgreSQL and Kafka once for every test of this module, so that all
 * {@code @QuarkusTest} classes share one application start.
 */
@QuarkusTestResource(value = KinerjaTestInfrastructure.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
