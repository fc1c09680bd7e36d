package id.go.kinerja.web.site;

/** Where the holder of a running SOP step does it in this application; null for the steps the services do. */
@FunctionalInterface
public interface StepPages {

    String of(String step);

    /** Part A: the pages of the round (data entry, verification, the team's steps) and of the people who decide. */
    static StepPages ofCollectionRound(String roundId) {
        return step -> switch (step) {
            case "A1", "A11" -> "/kepala";
            case "A2", "A10" -> "/sekretaris";
            case "A3", "A4", "A5", "A8", "A9" -> "/tim-sakip/putaran/" + roundId;
            case "A6" -> "/isian/putaran/" + roundId;
            case "A7" -> "/verifikasi/putaran/" + roundId;
            default -> null;
        };
    }

    /** Part B: the measurement round is the period's: the team's page of the period, the Secretary's, the Head's. */
    static StepPages ofMeasurement(int year, int quarter) {
        return step -> switch (step) {
            case "B1", "B9" -> "/kepala";
            case "B2", "B8" -> "/sekretaris";
            case "B3", "B4", "B5", "B6", "B7" -> "/tim-sakip/pengukuran/" + year + "/" + quarter;
            default -> null;
        };
    }
}
