package id.go.kinerja.measurement;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaFieldAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.go.kinerja.infrastructure.ServiceArchitecture;
import id.go.kinerja.measurement.recap.Recap;
import org.junit.jupiter.api.Test;

/**
 * The packages of measurement-service form no cycle and import nothing of another service, and the recap alone
 * changes its state.
 */
class ArchitectureTest {

    private static final String ROOT = "id.go.kinerja.measurement";
    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of(ROOT);

    @Test
    void noPackageImportsAnotherThatImportsItBack() {
        SERVICE.assertNoPackageCycle();
    }

    @Test
    void nothingOfAnotherServiceIsImported() {
        SERVICE.assertNoImportFromAnotherService();
    }

    @Test
    void onlyTheRecapWritesItsFields() {
        noClasses().that().doNotBelongToAnyOf(Recap.class)
                .should().setFieldWhere(target(owner(equivalentTo(Recap.class))))
                .because("a recap changes state only through its transitions, which refuse what the SOP forbids")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT));
    }
}
