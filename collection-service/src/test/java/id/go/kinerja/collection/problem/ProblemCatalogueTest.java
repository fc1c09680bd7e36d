package id.go.kinerja.collection.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.infrastructure.ProblemCatalogue;
import id.go.kinerja.platform.problem.PlatformProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists exactly the codes collection-service defines, each with its words in Indonesian and English. */
class ProblemCatalogueTest {

    @Test
    void everyCodeOfCollectionIsInTheCatalogueAndNothingElse() {
        ProblemCatalogue.assertListed("collection-service", CollectionProblem.values());
    }

    @Test
    void everyCodeOfThePlatformIsInTheCatalogueAndNothingElse() {
        ProblemCatalogue.assertListed("Platform (every service)", PlatformProblem.values());
    }

    @Test
    void theCatalogueHasOneSectionForThePlatformAndOnePerService() {
        assertEquals(List.of("Platform (every service)", "collection-service", "measurement-service", "approval-service",
                "archive-service"), ProblemCatalogue.sections());
    }
}
