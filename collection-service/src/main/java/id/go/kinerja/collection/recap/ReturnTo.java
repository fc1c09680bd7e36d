package id.go.kinerja.collection.recap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a returned item goes back to: COLLECTION (data re-entry) or MEASUREMENT (methodology)")
public enum ReturnTo {
    COLLECTION, MEASUREMENT
}
