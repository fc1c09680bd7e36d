package id.go.kinerja.approval.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a returned item goes back to be put right (SOP A10 / B8). */
@Schema(description = "Where a returned item goes back to: COLLECTION (re-entry of the realisation — realisasi) "
        + "or MEASUREMENT (the measurement methodology — metode pengukuran)")
public enum ReturnTo {
    COLLECTION,
    MEASUREMENT
}
