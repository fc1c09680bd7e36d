package id.go.kinerja.collection.round;

import id.go.kinerja.collection.support.CopyRows;
import id.go.kinerja.platform.events.Actor;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;

/**
 * Many entries of a round changed in one request (an uploaded worksheet). Each change goes through the entry's
 * own rules ({@link Entry#enter}, {@link Entry#propose}); the changed entries are then written in one UPDATE that
 * checks every entry's version as the persistence context would, instead of one UPDATE per entry after a dirty
 * check of the whole round. The entries are detached as soon as they are read: only {@link #write} writes them.
 */
public final class EntryBatch {

    /** The columns {@link Entry#enter} and {@link Entry#propose} change; the version is checked and counted up. */
    private static final String UPDATE = """
            update entry e set state = s.state, value = s.value, grade = s.grade, no_data_reason = s.no_data_reason,
                note = s.note, source = s.source, entered_by = s.entered_by, entered_at = s.entered_at,
                verified_by = s.verified_by, verified_at = s.verified_at, version = e.version + 1
            from unnest(?::uuid[], ?::bigint[], ?::text[], ?::numeric[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::timestamptz[], ?::text[], ?::timestamptz[])
                as s(id, version, state, value, grade, no_data_reason, note, source, entered_by, entered_at,
                     verified_by, verified_at)
            where e.id = s.id and e.version = s.version""";

    private static final String HISTORY =
            "entry_history (id, entry_id, action, actor_id, actor_role, at, value, grade, no_data_reason, note, reason)";

    private final Map<String, Entry> byIndicator;
    private final List<Entry> changed = new ArrayList<>();
    private final List<EntryHistory> steps = new ArrayList<>();

    private EntryBatch(List<Entry> entries) {
        byIndicator = new HashMap<>();
        entries.forEach(entry -> byIndicator.put(entry.indicator.code, entry));
    }

    /**
     * The round's entries with their indicators, read through a stateless session on the request's
     * connection (its transaction): tens of thousands of entities, none of which the persistence context needs to
     * track, and nothing but {@link #write} writes them.
     */
    public static EntryBatch ofRound(CollectionRound round) {
        Session session = Entry.getEntityManager().unwrap(Session.class);
        List<Entry> entries = session.doReturningWork(connection -> {
            try (StatelessSession reader = session.getSessionFactory().withStatelessOptions().connection(connection)
                    .openStatelessSession()) {
                return reader.createSelectionQuery("from Entry e join fetch e.indicator where e.round.id = :round",
                        Entry.class).setParameter("round", round.id).getResultList();
            }
        });
        // the round the request holds (locked), whose status the entries' rules read
        entries.forEach(entry -> entry.round = round);
        return new EntryBatch(entries);
    }

    /** The round's entry of the indicator, or null when the indicator is not an item of the round. */
    public Entry entry(String indicatorCode) {
        return byIndicator.get(indicatorCode);
    }

    /** {@link Entry#enter}, written by {@link #write}. */
    public void enter(Entry entry, BigDecimal value, String grade, String noDataReason, String note, Actor actor,
                      Instant at) {
        changed(entry, entry.entered(value, grade, noDataReason, note, actor, at));
    }

    /** {@link Entry#propose}, written by {@link #write}. */
    public void propose(Entry entry, BigDecimal value, String grade, String noDataReason, String note, String source,
                        Actor actor, Instant at) {
        changed(entry, entry.proposed(value, grade, noDataReason, note, source, actor, at));
    }

    private void changed(Entry entry, EntryHistory step) {
        changed.add(entry);
        steps.add(step);
    }

    /**
     * Writes the changed entries and their history steps in the current transaction.
     *
     * @throws OptimisticLockException when an entry was changed by someone else since it was read
     */
    public void write() {
        if (changed.isEmpty()) {
            return;
        }
        Session session = Entry.getEntityManager().unwrap(Session.class);
        // the history's ids from its own generator, as persist() would take them (whatever its optimizer)
        Generator ids = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(EntryHistory.class).getGenerator();
        for (EntryHistory step : steps) {
            step.id = (Long) ((BeforeExecutionGenerator) ids).generate(
                    session.unwrap(SharedSessionContractImplementor.class), step, null, EventType.INSERT);
        }
        int updated = session.doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                bind(update, connection, changed, entry -> entry.id, entry -> entry.version, entry -> entry.state,
                        entry -> entry.value, entry -> entry.grade, entry -> entry.noDataReason, entry -> entry.note,
                        entry -> entry.source,
                        entry -> entry.enteredBy, entry -> entry.enteredAt, entry -> entry.verifiedBy,
                        entry -> entry.verifiedAt);
                return update.executeUpdate();
            }
        });
        if (updated != changed.size()) {
            throw new OptimisticLockException((changed.size() - updated) + " of the " + changed.size()
                    + " entries were changed by someone else while this request ran");
        }
        session.doWork(connection -> {
            try (CopyRows history = CopyRows.into(connection, HISTORY)) {
                for (EntryHistory step : steps) {
                    history.value(step.id).value(step.entry.id).value(step.action).value(step.actorId)
                            .value(step.actorRole).value(step.at).value(step.value).value(step.grade)
                            .value(step.noDataReason).value(step.note)
                            .value(step.reason).endRow();
                }
                history.finish();
            }
        });
        changed.forEach(entry -> entry.version++);
        changed.clear();
        steps.clear();
    }

    /** One array parameter per column, in the order of the statement's unnest(...), each value as its SQL text. */
    @SafeVarargs
    private static <T> void bind(PreparedStatement statement, Connection connection, List<T> rows,
                                 Function<T, Object>... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            Function<T, Object> column = columns[i];
            String[] texts = new String[rows.size()];
            for (int row = 0; row < texts.length; row++) {
                Object value = column.apply(rows.get(row));
                texts[row] = value == null ? null
                        : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
            }
            statement.setArray(i + 1, connection.createArrayOf("text", texts));
        }
    }
}
