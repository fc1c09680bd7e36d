package id.go.kinerja.collection.recap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.round.EntryState;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.events.EventJson;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The recap of a round (SOP A8-A9): submitted by the SAKIP team once every item has a verified entry,
 * published as {@code RecapSubmitted} through the outbox in the same transaction, and kept revision by
 * revision.
 */
@ApplicationScoped
public class RecapService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    RecapDocuments documents;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry meters;

    @Inject
    Event<RecapProgress.Submitted> submitted;

    /**
     * Submits the round's recap: revision 1 the first time, the next revision after a return. A return
     * that sent nothing back to collection (only to measurement) may be answered by resubmitting the
     * same data as the next revision.
     */
    @Transactional
    public RecapView submit(UUID roundId) {
        CollectionRound round = CollectionRound.lockedOfAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        Recap recap = Recap.ofRound(round).orElse(null);
        if (recap != null) {
            recap.requireResubmittable();
        }
        List<Entry> entries = Entry.ofRound(round);
        List<Entry> unverified = entries.stream().filter(entry -> entry.state != EntryState.VERIFIED).toList();
        if (!unverified.isEmpty()) {
            Map<String, String> states = new LinkedHashMap<>();
            unverified.forEach(entry -> states.put(entry.indicator.code, entry.state.name()));
            throw new Conflict(CollectionProblem.RECAP_INCOMPLETE,
                    Map.of("missing", List.copyOf(states.keySet()), "states", states, "year", round.year, "quarter", round.quarter),
                    unverified.size(), entries.size(), round.quarter, round.year, String.join(", ", states.keySet()));
        }

        if (recap == null) {
            recap = Recap.submitFirst(round);
            recap.persist();
        } else {
            recap.resubmit();
        }
        entries.forEach(Entry::submitted);

        EventEnvelope envelope = EventEnvelope.of(RecapSubmitted.EVENT_TYPE, RecapSubmitted.SCHEMA_VERSION,
                round.agencyCode, recap.id, recap.currentRevision(), caller.as(Roles.SAKIP_TEAM));
        RecapSubmitted payload = documents.build(round, entries);
        outbox.publish(RecapTopics.RECAP_SUBMITTED, envelope, payload);
        RecapRevision.record(recap, recap.currentRevision(), envelope.eventId(), caller.userId(), envelope.occurredAt(),
                EventJson.write(envelope, payload));
        meters.counter("kinerja_collection_recaps_total", "outcome", "SUBMITTED").increment();
        submitted.fire(new RecapProgress.Submitted(round, recap.currentRevision(), entries.size(),
                caller.as(Roles.SAKIP_TEAM)));
        Recap.flush();
        return view(recap);
    }

    public RecapView ofRound(UUID roundId) {
        CollectionRound round = CollectionRound.ofAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        return view(Recap.ofRound(round).orElseThrow(() -> new NotFound(CollectionProblem.RECAP_OF_ROUND_NOT_FOUND, roundId)));
    }

    public RecapView get(UUID recapId) {
        return view(requireRecap(recapId));
    }

    public RevisionView revision(UUID recapId, int revision) {
        Recap recap = requireRecap(recapId);
        RecapRevision row = RecapRevision.of(recap, revision)
                .orElseThrow(() -> new NotFound(CollectionProblem.RECAP_REVISION_NOT_FOUND, revision, recapId));
        try {
            return new RevisionView(recap.id, row.revision, row.eventId, row.submittedBy, row.submittedAt,
                    returnOf(row), json.readTree(row.content));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Recap requireRecap(UUID recapId) {
        return Recap.ofAgency(recapId, caller.agencyCode()).orElseThrow(() -> new NotFound(CollectionProblem.RECAP_NOT_FOUND, recapId));
    }

    private RecapView view(Recap recap) {
        CollectionRound round = recap.round;
        List<RecapView.Revision> revisions = RecapRevision.of(recap).stream()
                .map(row -> new RecapView.Revision(row.revision, row.eventId, row.submittedBy, row.submittedAt, returnOf(row)))
                .toList();
        return new RecapView(recap.id, round.id, round.year, round.quarter, recap.status(), recap.currentRevision(),
                recap.approval(), recap.archive(), revisions);
    }

    private RecapView.Return returnOf(RecapRevision row) {
        if (row.returnedAt == null) {
            return null;
        }
        try {
            List<RecapView.ReturnedItem> items = json.readValue(row.returnItems, new TypeReference<>() {
            });
            return new RecapView.Return(row.returnedBy, row.returnedAt, row.returnNote, items);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
