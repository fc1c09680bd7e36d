package id.go.kinerja.measurement.recap;

/** Where the Secretary sent a returned item back to (SOP A10 / B8), as {@code RecapReturned} names it. */
public enum ReturnTo {
    COLLECTION,
    MEASUREMENT
}
