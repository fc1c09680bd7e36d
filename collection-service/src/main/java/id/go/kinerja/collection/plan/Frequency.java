package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "QUARTERLY: four targets and a realisation every quarter; ANNUAL: one target (quarter 4), "
        + "realised in the fourth-quarter round only")
public enum Frequency {
    QUARTERLY, ANNUAL;

    /** Whether this indicator is collected in a round of the given quarter. */
    public boolean collectedIn(int quarter) {
        return this == QUARTERLY || quarter == 4;
    }
}
