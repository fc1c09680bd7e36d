package id.go.kinerja.archive.record;

import id.go.kinerja.archive.problem.ArchiveProblem;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.ListWindow;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the archive, always within the caller's agency: another agency's records do not exist for them. */
@ApplicationScoped
public class ArchiveQueries {

    @Inject
    Caller caller;

    /**
     * What a list of records can be sorted by, and its order when no sort is asked for: newest first. A record never
     * changes once archived, so the instant it was archived is its change instant (updatedAt).
     */
    static final ListWindow.Fields LIST_FIELDS = ListWindow.Fields.of("id", "archivedAt",
                    Sort.descending("chainPosition"))
            .sortable("chainPosition", "chainPosition")
            .sortable("year", "year")
            .sortable("quarter", "quarter");

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<RecordSummary> list(Integer year, Integer quarter, UUID recapId, String indicatorCode,
                                      ListParameters window, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("agencyCode = :agency"));
        Parameters parameters = Parameters.with("agency", caller.agencyCode());
        if (year != null) {
            conditions.add("year = :year");
            parameters.and("year", year);
        }
        if (quarter != null) {
            conditions.add("quarter = :quarter");
            parameters.and("quarter", quarter);
        }
        if (recapId != null) {
            conditions.add("recapId = :recapId");
            parameters.and("recapId", recapId);
        }
        if (indicatorCode != null && !indicatorCode.isBlank()) {
            // the @> operator, not the equivalent jsonb_contains() function: only the operator uses the GIN index
            conditions.add("cast(sql('(? @> jsonb_build_object(''items'', jsonb_build_array("
                    + "jsonb_build_object(''indicatorCode'', cast(? as text)))))', document, :indicatorCode) as Boolean) = true");
            parameters.and("indicatorCode", indicatorCode.strip());
        }
        ListWindow list = ListWindow.of(window, LIST_FIELDS, page, size);
        String where = list.where(String.join(" and ", conditions), parameters);
        // the projection keeps the (possibly megabyte-sized) documents out of the list
        List<RecordSummary> items = ArchiveRecord.find(where, list.sort(), parameters)
                .project(RecordSummaryRow.class)
                .range(list.firstRow(), list.lastRow())
                .list().stream().map(RecordSummaryRow::toSummary).toList();
        return list.page(items, ArchiveRecord.count(where, parameters), RecordSummary::archivedAt,
                RecordSummary::archiveId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecordDetails get(UUID archiveId) {
        ArchiveRecord record = find(archiveId);
        return new RecordDetails(RecordSummary.of(record), record.document);
    }

    /** The caller's agency's record, or 404 whether it is missing or another agency's. */
    public ArchiveRecord find(UUID archiveId) {
        return ArchiveRecord.ofAgency(caller.agencyCode(), archiveId)
                .orElseThrow(() -> new NotFound(ArchiveProblem.RECORD_NOT_FOUND, archiveId));
    }
}
