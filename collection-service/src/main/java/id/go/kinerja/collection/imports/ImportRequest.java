package id.go.kinerja.collection.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An import sent with an Idempotency-Key: the request's hash and the answer it got, to replay it. */
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

    static Optional<ImportRequest> findByKey(String agencyCode, String key) {
        return find("agencyCode = ?1 and idempotencyKey = ?2", agencyCode, key).firstResultOptional();
    }
}
