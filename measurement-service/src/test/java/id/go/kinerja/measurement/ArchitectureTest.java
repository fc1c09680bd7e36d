package id.go.kinerja.measurement;

import id.go.kinerja.infrastructure.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The packages of measurement-service form no cycle and import nothing of another service. */
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("id.go.kinerja.measurement");

    @Test
    void noPackageImportsAnotherThatImportsItBack() {
        SERVICE.assertNoPackageCycle();
    }

    @Test
    void nothingOfAnotherServiceIsImported() {
        SERVICE.assertNoImportFromAnotherService();
    }
}
