package id.go.kinerja.measurement.problem;

import id.go.kinerja.infrastructure.ProblemCatalogue;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists exactly the codes measurement-service defines, each with its words in Indonesian and English. */
class ProblemCatalogueTest {

    @Test
    void everyCodeOfMeasurementIsInTheCatalogueAndNothingElse() {
        ProblemCatalogue.assertListed("measurement-service", MeasurementProblem.values());
    }
}
