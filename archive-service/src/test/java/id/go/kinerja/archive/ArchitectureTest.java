package id.go.kinerja.archive;

import id.go.kinerja.infrastructure.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The packages of archive-service form no cycle and import nothing of another service. */
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("id.go.kinerja.archive");

    @Test
    void noPackageImportsAnotherThatImportsItBack() {
        SERVICE.assertNoPackageCycle();
    }

    @Test
    void nothingOfAnotherServiceIsImported() {
        SERVICE.assertNoImportFromAnotherService();
    }
}
