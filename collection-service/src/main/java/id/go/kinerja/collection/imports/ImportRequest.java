package id.go.kinerja.collection.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An import or upload sent with an Idempotency-Key: the request's hash and the answer it got, to replay it.
 * Keys are the agency's: a plan import and a worksheet upload cannot share one.
 */
@Entity
@Table(name = "import_request")
public class ImportRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    public String response;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<ImportRequest> findByKey(String agencyCode, String key) {
        return find("agencyCode = ?1 and idempotencyKey = ?2", agencyCode, key).firstResultOptional();
    }

    /** Stores the answer (a summary record) to replay for the same key. */
    public static void remember(String agencyCode, String key, String requestHash, Object response, ObjectMapper json) {
        ImportRequest request = new ImportRequest();
        request.id = UUID.randomUUID();
        request.agencyCode = agencyCode;
        request.idempotencyKey = key;
        request.requestHash = requestHash;
        try {
            request.response = json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import summary is always writable as JSON", e);
        }
        request.createdAt = Instant.now();
        request.persist();
    }

    /** The stored answer, as it was first given. */
    public <T> T response(ObjectMapper json, Class<T> type) {
        try {
            return json.readValue(response, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import_request holds a summary this version cannot read", e);
        }
    }
}
