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

    /** Part B: the measurement round is the period's, so its pages are the team's, the Secretary's and the Head's. */
    static StepPages ofMeasurement() {
        return step -> switch (step) {
            case "B1", "B9" -> "/kepala";
            case "B2", "B8" -> "/sekretaris";
            case "B4" -> "/tim-sakip/metodologi";
            case "B3", "B5", "B6", "B7" -> "/tim-sakip";
            default -> null;
        };
    }
}
