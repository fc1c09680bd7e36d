package id.go.kinerja.collection;

import id.go.kinerja.infrastructure.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The packages of collection-service form no cycle and import nothing of another service. */
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("id.go.kinerja.collection");

    @Test
    void noPackageImportsAnotherThatImportsItBack() {
        SERVICE.assertNoPackageCycle();
    }

    @Test
    void nothingOfAnotherServiceIsImported() {
        SERVICE.assertNoImportFromAnotherService();
    }
}
