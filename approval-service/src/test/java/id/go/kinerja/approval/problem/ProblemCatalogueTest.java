package id.go.kinerja.approval.problem;

import id.go.kinerja.infrastructure.ProblemCatalogue;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists exactly the codes approval-service defines, each with its words in Indonesian and English. */
class ProblemCatalogueTest {

    @Test
    void everyCodeOfApprovalIsInTheCatalogueAndNothingElse() {
        ProblemCatalogue.assertListed("approval-service", ApprovalProblem.values());
    }
}
