package id.go.kinerja.collection.worksheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.imports.CsvRows;
import id.go.kinerja.collection.imports.Headers;
import id.go.kinerja.collection.imports.ImportConfig;
import id.go.kinerja.collection.imports.ImportRequest;
import id.go.kinerja.collection.imports.PlanFileReader;
import id.go.kinerja.collection.imports.RowOutcome;
import id.go.kinerja.collection.imports.RowSink;
import id.go.kinerja.collection.imports.UploadBody;
import id.go.kinerja.collection.imports.XlsxRows;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.DataEntryGate;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.round.EntryBatch;
import id.go.kinerja.collection.round.RoundProgress;
import id.go.kinerja.collection.round.RoundService;
import id.go.kinerja.collection.round.RoundView;
import id.go.kinerja.collection.support.Decimals;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.DomainProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import id.go.kinerja.platform.upload.ArchiveInspection;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotSupportedException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The operator's Excel round trip (issue 4): a worksheet of their division's items of a round, and its
 * upload, row by row as the file streams in, through the entry's own rules ({@link Entry#enter}, or
 * {@link Entry#propose} for an integration). All or nothing: one rejected row rejects the upload (422) and
 * nothing is written.
 */
@ApplicationScoped
public class WorksheetService {

    @Inject
    Caller caller;

    @Inject
    RoundService rounds;

    @Inject
    ImportConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Inject
    MeterRegistry meters;

    @Inject
    DataEntryGate dataEntry;

    @Inject
    Event<RoundProgress.EntriesChanged> entriesChanged;

    @Inject
    ArchiveInspection archives;

    /** The answer, and whether it is the stored answer of an earlier request with the same Idempotency-Key. */
    public record Result(WorksheetReport report, boolean replayed) {
    }

    /** The caller's items of the round (a division-bound caller's own division), targets and entries as they stand. */
    public Worksheet worksheet(UUID roundId) {
        // the round's own view decides which items the caller sees and which target each has
        RoundView view = rounds.view(roundId);
        CollectionRound round = CollectionRound.ofAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        Map<String, String> notes = new HashMap<>();
        Entry.ofRound(round).stream().filter(entry -> entry.note != null)
                .forEach(entry -> notes.put(entry.indicator.code, entry.note));
        List<Worksheet.Line> lines = view.items().stream()
                .map(item -> new Worksheet.Line(item.indicatorCode(), item.indicatorName(), item.unit(), item.nodeCode(),
                        item.divisionCode(), item.valueType(), target(item.target()), item.state(), item.value(),
                        item.grade(), notes.get(item.indicatorCode()), item.noDataReason()))
                .toList();
        return new Worksheet(view.roundId(), view.year(), view.quarter(), view.status(),
                caller.isDivisionBound() ? caller.divisionCode() : null, lines);
    }

    /**
     * @param source the system an integration's figures come from; operators send none
     */
    @Transactional
    // a file at the size limit (tens of thousands of rows) takes longer than the default minute on a busy machine
    @TransactionConfiguration(timeout = 600)
    public Result upload(UUID roundId, boolean dryRun, String source, String idempotencyKey, String mediaType,
                         long contentLength, InputStream body) throws IOException {
        String agency = caller.agencyCode();
        boolean operator = caller.hasRole(Roles.OPERATOR);
        if (operator && source != null) {
            throw new InvalidInput("source", CollectionProblem.text("worksheet.sourceFromOperator"));
        }
        if (!operator && (source == null || source.isBlank())) {
            throw new InvalidInput("source", CollectionProblem.text("worksheet.sourceRequired"));
        }
        UploadBody upload = UploadBody.of(config, contentLength,
                String.join("|", "worksheet", roundId.toString(), String.valueOf(dryRun), Objects.toString(source, "")),
                mediaType, body);
        if (idempotencyKey != null) {
            var earlier = ImportRequest.findByKey(agency, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(upload.hash())) {
                    throw new Conflict(PlatformProblem.IDEMPOTENCY_KEY_REUSED, idempotencyKey);
                }
                return new Result(earlier.get().response(json, WorksheetReport.class), true);
            }
        }
        CollectionRound round = CollectionRound.lockedOfAgency(roundId, agency)
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        dataEntry.requireOpen(round);
        Rows rows = new Rows(round, operator ? caller.as(Roles.OPERATOR) : caller.as(Roles.INTEGRATION),
                source == null ? null : source.strip());
        RowSink limited = rows.atMost(config.worksheetMaxRows(), "worksheet", "kinerja.import.worksheet-max-rows");
        switch (mediaType) {
            case PlanFileReader.CSV -> CsvRows.read(upload.in(), limited);
            case PlanFileReader.XLSX -> XlsxRows.read(upload.in(), limited, archives);
            default -> throw new NotSupportedException("Send the worksheet as " + PlanFileReader.XLSX + " or "
                    + PlanFileReader.CSV);
        }
        String hash = upload.hash();
        WorksheetReport report = rows.report(dryRun);
        if (report.rejected() > 0) {
            throw new WorksheetRejected(report, config.maxListedRows());
        }
        // a dry run goes through the entries' own rules and then forgets what they changed: nothing is written
        if (!dryRun) {
            rows.entries.write();
            audit.record("WorksheetUploaded", "round/" + round.id, null, Map.of("rows", report.rows().size(),
                    "created", report.created(), "updated", report.updated(), "unchanged", report.unchanged(),
                    "source", Objects.toString(report.source(), "")));
            meters.counter("kinerja_collection_entries_total", "action", operator ? "ENTERED" : "PROPOSED")
                    .increment(report.created() + report.updated());
            if (operator) {
                entriesChanged.fire(new RoundProgress.EntriesChanged(round, caller.as(Roles.OPERATOR)));
            }
        }
        if (idempotencyKey != null) {
            ImportRequest.remember(agency, idempotencyKey, hash, report, json);
        }
        return new Result(report, false);
    }

    /** 85, 70..80 or BB, as the plan files write a target. */
    private static String target(Target target) {
        if (target == null) {
            return null;
        }
        if (target.grade() != null) {
            return target.grade();
        }
        if (target.value() != null) {
            return Decimals.plain(target.value()).toPlainString();
        }
        return Decimals.plain(target.min()).toPlainString() + ".." + Decimals.plain(target.max()).toPlainString();
    }

    /** Applies each row to its entry as it is read; the round's entries are read once, by indicator code. */
    private final class Rows implements RowSink {

        private final CollectionRound round;
        private final Actor actor;
        private final String source;
        private final Instant now = Instant.now();
        private final EntryBatch entries;
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        private final List<WorksheetReport.Row> report = new ArrayList<>();
        /** A file without a note column (a finance system's CSV) leaves the entries' notes as they are. */
        private boolean notes;
        /** A file without a no_data_reason column (older templates) leaves a no-data entry as it is, unless it gives a value. */
        private boolean noDataReasons;

        Rows(CollectionRound round, Actor actor, String source) {
            this.round = round;
            this.actor = actor;
            this.source = source;
            entries = EntryBatch.ofRound(round);
        }

        @Override
        public List<String> header(List<String> cells) {
            List<String> columns = Headers.check(cells, "worksheet", WorksheetColumns.ALL, WorksheetColumns.REQUIRED);
            notes = columns.contains(WorksheetColumns.NOTE);
            noDataReasons = columns.contains(WorksheetColumns.NO_DATA_REASON);
            return columns;
        }

        @Override
        public void row(int rowNumber, Map<String, String> values) {
            WorksheetRow row = WorksheetRow.parse(rowNumber, values);
            RowOutcome outcome = row.errors.isEmpty() ? apply(row) : RowOutcome.REJECTED;
            counts.merge(outcome, 1, Integer::sum);
            report.add(new WorksheetReport.Row(row.row, row.indicatorCode, outcome, List.copyOf(row.errors)));
        }

        private RowOutcome apply(WorksheetRow row) {
            Integer earlier = seen.putIfAbsent(row.indicatorCode, row.row);
            if (earlier != null) {
                row.error(WorksheetColumns.INDICATOR_CODE, CollectionProblem.text("worksheet.rowTwice", row.indicatorCode,
                        earlier));
                return RowOutcome.REJECTED;
            }
            Entry entry = entries.entry(row.indicatorCode);
            if (entry == null) {
                row.error(WorksheetColumns.INDICATOR_CODE, CollectionProblem.text("entry.notInRound", row.indicatorCode,
                        round.period()));
                return RowOutcome.REJECTED;
            }
            String division = entry.divisionCode;
            if (caller.isDivisionBound() && !division.equals(caller.divisionCode())) {
                row.error(WorksheetColumns.INDICATOR_CODE, CollectionProblem.text("worksheet.otherDivision",
                        row.indicatorCode, division, caller.divisionCode()));
                return RowOutcome.REJECTED;
            }
            if (row.blank()) {
                return RowOutcome.UNCHANGED;
            }
            String note = notes ? row.note : entry.note;
            String noDataReason = noDataReasons ? row.noDataReason
                    : row.value == null && row.grade == null ? entry.noDataReason : null;
            if (same(entry, row, note, noDataReason)) {
                return RowOutcome.UNCHANGED;
            }
            boolean first = entry.value == null && entry.grade == null && !entry.noData();
            try {
                if (source == null) {
                    entries.enter(entry, row.value, row.grade, noDataReason, note, actor, now);
                } else {
                    entries.propose(entry, row.value, row.grade, noDataReason, note, source, actor, now);
                }
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> row.error(column(error.field()), error));
                return RowOutcome.REJECTED;
            } catch (DomainProblem refused) {
                row.error(WorksheetColumns.STATE, refused.detailText());
                return RowOutcome.REJECTED;
            }
            return first ? RowOutcome.CREATED : RowOutcome.UPDATED;
        }

        /** The entry's value field "value" is the worksheet's column "realisation". */
        private static String column(String field) {
            return "value".equals(field) ? WorksheetColumns.REALISATION : field;
        }

        /**
         * The row says what the entry says. A pushed (PROPOSED) value the template showed and the operator left
         * as it was stays PROPOSED: confirming it is a decision of its own (POST .../confirmation).
         */
        private static boolean same(Entry entry, WorksheetRow row, String note, String noDataReason) {
            BigDecimal value = entry.value;
            boolean sameValue = value == null ? row.value == null : row.value != null && value.compareTo(row.value) == 0;
            return sameValue && Objects.equals(entry.grade, row.grade) && Objects.equals(entry.note, note)
                    && Objects.equals(entry.noDataReason, noDataReason);
        }

        WorksheetReport report(boolean dryRun) {
            return new WorksheetReport(round.id, round.year, round.quarter, dryRun, source,
                    counts.getOrDefault(RowOutcome.CREATED, 0), counts.getOrDefault(RowOutcome.UPDATED, 0),
                    counts.getOrDefault(RowOutcome.UNCHANGED, 0), counts.getOrDefault(RowOutcome.REJECTED, 0), report,
                    null);
        }
    }
}
