package id.go.kinerja.platform.idempotency;

/**
 * The answer a write got the first time it was sent under its Idempotency-Key, as it went out: status, body and
 * the headers that say where the result is and which version it has.
 */
public record StoredAnswer(int status, String contentType, String body, String location, String etag) {

    /** Marks an answer given again from the store. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
}
