package id.go.kinerja.measurement.engine;

/**
 * The reporting period (triwulan / tahunan). Results are "to date": {@code Q3} combines quarters
 * 1 to 3. {@code YEAR} is the annual report and combines the same quarters as {@code Q4}.
 */
public enum Period {
    Q1(1), Q2(2), Q3(3), Q4(4), YEAR(4);

    private final int quarter;

    Period(int quarter) {
        this.quarter = quarter;
    }

    /** The last quarter the period covers, 1 to 4. */
    public int quarter() {
        return quarter;
    }
}
