package id.go.kinerja.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.security.Caller;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * The append-only audit trail of this service (table {@code audit_entry}, platform migrations V0_2 and V0_4).
 * Services record their state changes here with the state before and after, inside the transaction
 * that makes the change, so a change and its audit row commit or roll back together. Requests are
 * recorded by {@link AuditFilter} without the service doing anything.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String ANONYMOUS = "anonymous";

    private static final int MAX_TEXT = 2000;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Inject
    RoutingContext request;

    /**
     * Records a change made for the caller of the current HTTP request (only there: outside a request use
     * the other two), e.g.
     * {@code audit.record("RecapApproved", recapId.toString(), before, after)}. {@code before} and
     * {@code after} are written as JSON (records, maps, Jackson trees); either may be null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String target, Object before, Object after) {
        append(new Draft(caller.agencyCode(), false, caller.userId(), caller.roles(), action, target, AuditOutcome.DONE, null,
                toJson(before), toJson(after), RequestIds.of(request), null));
    }

    /**
     * Records a change an incoming event caused: on behalf of the event's actor, with the event id as the
     * request id, so the change can be traced to the event that caused it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventEnvelope cause, String action, String target, Object before, Object after) {
        Actor actor = cause.actorOrSystem();
        append(new Draft(cause.agencyCode(), false, actor.userId(), List.of(actor.role()), action, target,
                AuditOutcome.DONE, null, toJson(before), toJson(after), cause.eventId().toString(),
                "on " + cause.eventType()));
    }

    /** Records a change the service made on its own, e.g. a scheduled check marking a step overdue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String agencyCode, String action, String target, Object before, Object after) {
        append(new Draft(agencyCode, false, Actor.SYSTEM.userId(), List.of(Actor.SYSTEM.role()), action, target,
                AuditOutcome.DONE, null, toJson(before), toJson(after), UUID.randomUUID().toString(), null));
    }

    /**
     * Newest first, only the given agency's entries: its own, and the refusals of tokens that failed verification
     * but named it ({@link AuditEntry#agencyUnverified()}).
     */
    public PageOf<AuditEntry> search(String agencyCode, AuditQuery query, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("agency", agencyCode);
        return search(new StringBuilder(" where agency_code = :agency"), parameters, query, page, size);
    }

    /** Newest first, the refusals that name no agency at all: no token, or one that names none. */
    public PageOf<AuditEntry> searchUnattributed(AuditQuery query, int page, int size) {
        return search(new StringBuilder(" where agency_code is null"), new LinkedHashMap<>(), query, page, size);
    }

    private PageOf<AuditEntry> search(StringBuilder where, Map<String, Object> parameters, AuditQuery query, int page,
                                      int size) {
        condition(where, parameters, query.from(), " and occurred_at >= :from", "from");
        condition(where, parameters, query.to(), " and occurred_at < :to", "to");
        condition(where, parameters, query.actor(), " and actor_id = :actor", "actor");
        condition(where, parameters, query.action(), " and strpos(action, :action) > 0", "action");
        condition(where, parameters, query.outcome() == null ? null : query.outcome().name(), " and outcome = :outcome",
                "outcome");
        condition(where, parameters, query.target(), " and starts_with(target, :target)", "target");
        condition(where, parameters, query.requestId(), " and request_id = :requestId", "requestId");

        var count = entityManager.createNativeQuery("select count(*) from audit_entry" + where, Long.class);
        var select = entityManager.createNativeQuery("""
                select id, occurred_at, agency_code, actor_id, actor_roles, action, target, outcome, status,
                       cast(before as text), cast(after as text), request_id, detail, agency_unverified
                from audit_entry""" + where + " order by occurred_at desc, id desc limit :limit offset :offset");
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return new PageOf<>(rows.stream().map(this::entry).toList(), page, size, (Long) count.getSingleResult());
    }

    /** Writes one row in the caller's transaction. */
    void append(Draft draft) {
        entityManager.createNativeQuery("""
                        insert into audit_entry (occurred_at, agency_code, agency_unverified, actor_id, actor_roles, action,
                                                 target, outcome, status, before, after, request_id, detail)
                        values (clock_timestamp(), :agency, :agencyUnverified, :actor, :roles, :action, :target,
                                :outcome, :status, cast(:before as jsonb), cast(:after as jsonb), :requestId, :detail)""")
                .unwrap(NativeQuery.class)
                .setParameter("agency", draft.agencyCode(), String.class)
                .setParameter("agencyUnverified", draft.agencyUnverified(), Boolean.class)
                .setParameter("actor", clip(draft.actorId() == null ? ANONYMOUS : draft.actorId()), String.class)
                .setParameter("roles", draft.actorRoles() == null || draft.actorRoles().isEmpty() ? null
                        : draft.actorRoles().stream().sorted().collect(Collectors.joining(",")), String.class)
                .setParameter("action", clip(draft.action()), String.class)
                .setParameter("target", clip(draft.target()), String.class)
                .setParameter("outcome", draft.outcome().name(), String.class)
                .setParameter("status", draft.status(), Integer.class)
                .setParameter("before", draft.before(), String.class)
                .setParameter("after", draft.after(), String.class)
                .setParameter("requestId", draft.requestId(), String.class)
                .setParameter("detail", clip(draft.detail()), String.class)
                .executeUpdate();
    }

    /** A row to write; before and after already JSON text. */
    record Draft(String agencyCode, boolean agencyUnverified, String actorId, Collection<String> actorRoles, String action, String target,
                 AuditOutcome outcome, Integer status, String before, String after, String requestId, String detail) {
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the audited state as JSON: " + value.getClass(), e);
        }
    }

    private AuditEntry entry(Object[] row) {
        String roles = (String) row[4];
        return new AuditEntry(((Number) row[0]).longValue(), toInstant(row[1]), (String) row[2], (String) row[3],
                roles == null ? List.of() : Arrays.asList(roles.split(",")), (String) row[5], (String) row[6],
                AuditOutcome.valueOf((String) row[7]), row[8] == null ? null : ((Number) row[8]).intValue(),
                parse((String) row[9]), parse((String) row[10]), (String) row[11], (String) row[12], (Boolean) row[13]);
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_entry holds JSON the database accepted but Jackson cannot read", e);
        }
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, Object value, String sql,
                                  String name) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(sql);
            parameters.put(name, value);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
