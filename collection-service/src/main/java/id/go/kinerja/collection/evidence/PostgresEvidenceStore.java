package id.go.kinerja.collection.evidence;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Evidence bytes in the service's own database (table {@code evidence_content}), committed with the metadata. */
@ApplicationScoped
@DefaultBean
public class PostgresEvidenceStore implements EvidenceStore {

    @Inject
    EntityManager entityManager;

    @Override
    public void put(UUID id, byte[] content) {
        entityManager.createNativeQuery("insert into evidence_content (id, content) values (:id, :content)")
                .setParameter("id", id)
                .setParameter("content", content)
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> get(UUID id) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = entityManager.createNativeQuery("select content from evidence_content where id = :id")
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst();
    }

    @Override
    public void delete(UUID id) {
        entityManager.createNativeQuery("delete from evidence_content where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }
}
