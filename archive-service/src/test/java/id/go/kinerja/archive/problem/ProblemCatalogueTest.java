package id.go.kinerja.archive.problem;

import id.go.kinerja.infrastructure.ProblemCatalogue;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists exactly the codes archive-service defines, each with its words in Indonesian and English. */
class ProblemCatalogueTest {

    @Test
    void everyCodeOfArchiveIsInTheCatalogueAndNothingElse() {
        ProblemCatalogue.assertListed("archive-service", ArchiveProblem.values());
    }
}
