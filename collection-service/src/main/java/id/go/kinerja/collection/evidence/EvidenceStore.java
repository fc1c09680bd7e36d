package id.go.kinerja.collection.evidence;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of evidence live, by evidence id. The default keeps them in PostgreSQL
 * ({@link PostgresEvidenceStore}); a bean of this type elsewhere (e.g. an S3-compatible store) replaces it.
 * Calls happen inside the transaction that records the metadata.
 */
public interface EvidenceStore {

    void put(UUID id, byte[] content);

    Optional<byte[]> get(UUID id);

    void delete(UUID id);
}
