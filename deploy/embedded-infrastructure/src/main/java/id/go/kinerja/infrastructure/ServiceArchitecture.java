package id.go.kinerja.infrastructure;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package rules every service keeps, stated once and checked by a test in each service:
 * <ul>
 *   <li>no two packages of the service import each other, directly or through others (a feature that another
 *       feature needs is used one way; the other way goes through an event or an interface);</li>
 *   <li>nothing of another service is imported: a service's classes use the platform
 *       ({@code id.go.kinerja.platform}) and libraries, and learn about the other services from their events.</li>
 * </ul>
 * Only the service's main classes are read (its tests may use this module and the platform's test helpers).
 */
public final class ServiceArchitecture {

    private static final String ANY_SERVICE_OR_PLATFORM = "id.go.kinerja..";
    private static final String PLATFORM = "id.go.kinerja.platform..";

    private final String rootPackage;
    private final JavaClasses classes;

    private ServiceArchitecture(String rootPackage, JavaClasses classes) {
        this.rootPackage = rootPackage;
        this.classes = classes;
    }

    /** The main classes of the service whose root package is {@code rootPackage}, e.g. {@code id.go.kinerja.archive}. */
    public static ServiceArchitecture of(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("no main class found in " + rootPackage);
        }
        return new ServiceArchitecture(rootPackage, classes);
    }

    /** Fails, naming every cycle and the imports that make it, when packages of the service import each other. */
    public void assertNoPackageCycle() {
        slices().matching(rootPackage + ".(**)").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a feature that imports another must not be imported by it: invert one side with a CDI "
                        + "event or a small interface")
                .check(classes);
    }

    /** Fails, naming each import, when a class of the service uses a class of another service. */
    public void assertNoImportFromAnotherService() {
        noClasses().should().dependOnClassesThat(resideInAPackage(ANY_SERVICE_OR_PLATFORM)
                        .and(not(resideInAnyPackage(rootPackage + "..", PLATFORM))))
                .because("services share only the platform and the events on the wire")
                .check(classes);
    }
}
