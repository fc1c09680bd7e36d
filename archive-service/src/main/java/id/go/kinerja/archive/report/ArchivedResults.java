package id.go.kinerja.archive.report;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The archived results of every agency of the regency for a period, read with a database cursor: a few records
 * at a time, never the whole period in memory. Only the newest archived revision of each recap counts (a
 * revision that a newer one supersedes is history, not the result).
 */
@ApplicationScoped
public class ArchivedResults {

    /** Records per round trip: an archived recap of 2,000 indicators is about 2 MB of JSON. */
    static final int FETCH_SIZE = 16;

    /** One archived record as the export reads it; the document is the archived RecapDisposed text. */
    public record Archived(UUID archiveId, String agencyCode, String agencyName, int year, int quarter, int revision,
                           String seal, String document) {
    }

    @Inject
    Session session;

    /**
     * Hands each record to {@code consumer} in export order: by agency code, quarter, then the agency's chain
     * order, in a read-only transaction. The transaction lasts as long as the download: 100,000 rows take about a
     * minute on a busy machine (docs/benchmarks.md), past the default timeout of 60 s, hence 30 minutes.
     */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public void forEach(int year, Integer quarter, Consumer<Archived> consumer) {
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction read only");
            }
        });
        // a projection, not entities: nothing accumulates in the persistence context while the cursor moves
        String hql = "select r.id, r.agencyCode, r.agencyName, r.year, r.quarter, r.revision, r.seal, r.document"
                + " from ArchiveRecord r where r.year = :year" + (quarter == null ? "" : " and r.quarter = :quarter")
                + " and not exists (select 1 from ArchiveRecord newer where newer.supersedesId = r.id)"
                + " order by r.agencyCode, r.quarter, r.chainPosition";
        SelectionQuery<Archived> query = session.createSelectionQuery(hql, Archived.class)
                .setParameter("year", year)
                .setReadOnly(true)
                .setFetchSize(FETCH_SIZE);
        if (quarter != null) {
            query.setParameter("quarter", quarter);
        }
        try (ScrollableResults<Archived> results = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (results.next()) {
                consumer.accept(results.get());
            }
        }
    }
}
