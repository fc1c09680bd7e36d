package id.go.kinerja.measurement.engine;

/** Something a reader of a result must know beyond its number. */
public enum Flag {
    /**
     * The achievement was limited to the roll-up ceiling (200 by default): a {@code NEGATIVE}
     * indicator with the {@code RATIO} formula whose realisation is 0 or so small that T / R
     * would exceed the ceiling.
     */
    CAPPED
}
