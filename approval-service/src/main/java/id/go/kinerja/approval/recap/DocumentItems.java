package id.go.kinerja.approval.recap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The indicators of a measured document, in the order measurement sent them. */
@ApplicationScoped
public class DocumentItems {

    private final EntityManager entityManager;

    DocumentItems(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<String> codes(DocumentKey document) {
        return entityManager.createNativeQuery("""
                        select indicator_code from document_item
                        where recap_id = :recapId and revision = :revision and measured_revision = :measuredRevision
                        order by position""", String.class)
                .setParameter("recapId", document.recapId())
                .setParameter("revision", document.revision())
                .setParameter("measuredRevision", document.measuredRevision())
                .getResultList();
    }

    public boolean contains(DocumentKey document, String indicatorCode) {
        return !entityManager.createNativeQuery("""
                        select 1 from document_item
                        where recap_id = :recapId and revision = :revision and measured_revision = :measuredRevision
                          and indicator_code = :code""")
                .setParameter("recapId", document.recapId())
                .setParameter("revision", document.revision())
                .setParameter("measuredRevision", document.measuredRevision())
                .setParameter("code", indicatorCode)
                .getResultList().isEmpty();
    }
}
