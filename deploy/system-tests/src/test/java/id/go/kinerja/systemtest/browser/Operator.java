package id.go.kinerja.systemtest.browser;

import id.go.kinerja.systemtest.SopSteps;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A division's operator (staf/operator): enters the realisations of the division's indicators (A6). */
final class Operator extends DemoPerson {

    Operator(Web web, String division) {
        super(web, "operator." + division.toLowerCase(Locale.ROOT));
    }

    /** A6: the realisation on target, with a note. Through the API until {@code /isian} has the entry form. */
    void entersOnTarget(UUID roundId, Map<String, Object> item) {
        web.api().operatorsEnterRealisations(roundId, List.of(item), entry -> SopSteps.onTarget(entry, "Sesuai laporan bidang"));
    }
}
