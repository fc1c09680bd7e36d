package id.go.kinerja.systemtest.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tim SAKIP: the work plan, documents and briefing (A3-A5), the methodology (B3-B4), the recap (A8-A9). */
final class TimSakip extends DemoPerson {

    TimSakip(Web web) {
        super(web, "tim.sakip.disdagtrans");
    }

    /** A3-A5: entry opens for the operators. Through the API until {@code /tim-sakip} has the steps' forms. */
    void plansGathersTheDocumentsAndBriefsTheOperators(UUID roundId, List<Map<String, Object>> items) {
        web.api().teamPlansGathersTheDocumentsAndBriefsTheOperators(roundId, items);
    }
}
