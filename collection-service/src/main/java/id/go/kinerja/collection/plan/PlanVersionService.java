package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.agency.Agency;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Paging;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.ListWindow;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.events.RoundEventEnvelope;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.Problem.FieldError;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Published versions of the plan documents. Publishing snapshots the live plan; a PK Perubahan replaces the
 * year's agreement for the rounds opened after it, while rounds opened before keep theirs.
 */
@ApplicationScoped
public class PlanVersionService {

    @Inject
    Caller caller;

    @Inject
    PlanSnapshots snapshots;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional
    public PlanVersionView publish(NewPlanVersion request) {
        String agency = caller.agencyCode();
        int from = request.year();
        int to = request.yearTo() == null ? from : request.yearTo();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == PlanVersionKind.RENSTRA) {
            if (request.yearTo() == null) {
                errors.add(new FieldError("yearTo", CollectionProblem.text("planVersion.renstraLastYear")));
            } else if (to < from || to - from + 1 > NewPlanVersion.MAX_RENSTRA_YEARS) {
                errors.add(new FieldError("yearTo", CollectionProblem.text("planVersion.renstraYears",
                        NewPlanVersion.MAX_RENSTRA_YEARS)));
            }
        } else if (to != from) {
            errors.add(new FieldError("yearTo", CollectionProblem.text("planVersion.oneYear", request.kind())));
        }
        if (request.kind() == PlanVersionKind.PK_PERUBAHAN && reason == null) {
            errors.add(new FieldError("reason", CollectionProblem.text("planVersion.reasonRequired")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // one publication of an agency at a time: numbers and supersession are read, then written
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "plan-version:" + agency).getSingleResult();

        UUID supersedes = switch (request.kind()) {
            case PK -> {
                PlanVersion.<PlanVersion>find("agencyCode = ?1 and kind = ?2 and yearFrom = ?3", agency,
                        PlanVersionKind.PK, from).firstResultOptional().ifPresent(existing -> {
                            throw new Conflict(CollectionProblem.AGREEMENT_ALREADY_PUBLISHED, from, numbered(existing));
                        });
                yield null;
            }
            case PK_PERUBAHAN -> PlanVersion.agreementOf(agency, from).map(latest -> latest.id)
                    .orElseThrow(() -> new Conflict(CollectionProblem.NO_AGREEMENT_TO_REVISE, from));
            case RENSTRA -> previousRenstra(agency, from, to).map(previous -> previous.id).orElse(null);
        };
        if (!IndicatorYearTarget.anyBetween(agency, from, to)) {
            throw new Conflict(CollectionProblem.PLAN_WITHOUT_TARGETS, period(from, to), request.kind());
        }

        PlanVersion version = new PlanVersion();
        version.id = UUID.randomUUID();
        version.agencyCode = agency;
        version.kind = request.kind();
        version.yearFrom = from;
        version.yearTo = to;
        version.number = (int) PlanVersion.count("agencyCode = ?1 and kind = ?2 and yearFrom = ?3", agency,
                request.kind(), from) + 1;
        version.documentNumber = request.documentNumber() == null || request.documentNumber().isBlank() ? null
                : request.documentNumber().strip();
        version.signedOn = request.signedOn();
        version.reason = reason;
        version.supersedesId = supersedes;
        version.agencyName = Agency.nameOf(agency);
        version.publishedBy = caller.userId();
        version.publishedAt = Instant.now();
        version.persist();
        snapshots.copyLive(version);
        announce(version);
        PlanVersionView published = PlanVersionView.of(version);
        audit.record("PlanVersionPublished", "plan/versions/" + version.id, null, published);
        return published;
    }

    /** Tells measurement the published plan (PlanPublished), in the publication's transaction, through the outbox. */
    private void announce(PlanVersion version) {
        RoundEventEnvelope envelope = RoundEventEnvelope.of(PlanPublished.EVENT_TYPE, PlanPublished.SCHEMA_VERSION,
                version.agencyCode, version.number, caller.as(publisherRole()));
        outbox.publish(PlanPublished.TOPIC, PlanPublished.keyOf(version.agencyCode), envelope, published(version));
    }

    /** The role the publication was made in: publishing is open to the SAKIP team, integrations and admins. */
    private String publisherRole() {
        return List.of(Roles.SAKIP_TEAM, Roles.INTEGRATION, Roles.ADMIN).stream().filter(caller::hasRole).findFirst()
                .orElse(Roles.SAKIP_TEAM);
    }

    PlanPublished published(PlanVersion version) {
        return new PlanPublished(version.agencyName, new PlanVersionRef(version.id, version.kind, version.number),
                version.yearFrom, version.yearTo, version.documentNumber, version.supersedesId,
                snapshots.publishedIndicators(version));
    }

    /**
     * What the list of versions can be sorted by; without a sort, the newest first. A published version never
     * changes, so its publishing instant is its change instant (updatedAt).
     */
    static final ListWindow.Fields LIST_FIELDS = ListWindow.Fields.of("id", "publishedAt", Sort.descending("publishedAt"))
            .sortable("publishedAt", "publishedAt")
            .sortable("number", "number");

    public PageOf<PlanVersionView> list(Integer year, PlanVersionKind kind, ListParameters window, int page, int size) {
        StringBuilder query = new StringBuilder("agencyCode = :agency");
        Parameters parameters = Parameters.with("agency", caller.agencyCode());
        if (year != null) {
            query.append(" and yearFrom <= :year and yearTo >= :year");
            parameters.and("year", year);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        ListWindow list = ListWindow.of(window, LIST_FIELDS, page, size);
        var found = PlanVersion.<PlanVersion>find(list.where(query.toString(), parameters), list.sort(), parameters);
        List<PlanVersionView> items = found.range(list.firstRow(), list.lastRow()).list().stream()
                .map(PlanVersionView::of).toList();
        return list.page(items, found.count(), PlanVersionView::publishedAt, PlanVersionView::id);
    }

    public PlanVersionDocument document(UUID id, Integer year) {
        PlanVersion version = require(id);
        return new PlanVersionDocument(PlanVersionView.of(version), snapshots.document(version, yearOf(version, year)));
    }

    public PlanVersionTree tree(UUID id, Integer year) {
        PlanVersion version = require(id);
        return new PlanVersionTree(PlanVersionView.of(version),
                PlanTree.of(snapshots.document(version, yearOf(version, year))));
    }

    /** Every version that held the indicator, oldest first, with its targets (of one year when given). */
    public TargetHistory targetHistory(String indicatorCode, Integer year) {
        String agency = caller.agencyCode();
        Map<UUID, String> names = snapshots.holding(agency, indicatorCode);
        if (names.isEmpty() && Indicator.findByCode(agency, indicatorCode).isEmpty()) {
            throw new NotFound(CollectionProblem.INDICATOR_NOT_FOUND, indicatorCode);
        }
        List<PlanVersion> versions = names.isEmpty() ? List.of()
                : PlanVersion.<PlanVersion>list("id in ?1 order by publishedAt", names.keySet()).stream()
                .filter(version -> year == null || version.covers(year)).toList();
        Map<UUID, Map<Integer, List<Target>>> targets = snapshots.targetsAcross(
                versions.stream().map(version -> version.id).toList(), indicatorCode,
                year == null ? 0 : year, year == null ? Integer.MAX_VALUE : year);
        List<TargetHistory.Held> held = versions.stream()
                .map(version -> new TargetHistory.Held(PlanVersionView.of(version), names.get(version.id),
                        targets.getOrDefault(version.id, Map.of()).entrySet().stream()
                                .map(entry -> new IndicatorView.YearTargets(entry.getKey(), entry.getValue())).toList()))
                .toList();
        return new TargetHistory(indicatorCode, held);
    }

    private PlanVersion require(UUID id) {
        return PlanVersion.ofAgency(id, caller.agencyCode()).orElseThrow(() -> new NotFound(CollectionProblem.PLAN_VERSION_NOT_FOUND, id));
    }

    private static int yearOf(PlanVersion version, Integer year) {
        if (year == null) {
            return version.yearFrom;
        }
        if (!version.covers(year)) {
            throw new InvalidInput("year", CollectionProblem.text("plan.yearOutside", version.kind, period(version.yearFrom, version.yearTo)));
        }
        return year;
    }

    /**
     * The Renstra a new one of the same period revises. Periods do not overlap otherwise: a year belongs to
     * one strategic plan.
     */
    private static Optional<PlanVersion> previousRenstra(String agency, int from, int to) {
        List<PlanVersion> overlapping = PlanVersion.list("agencyCode = ?1 and kind = ?2 and yearFrom <= ?3 and yearTo >= ?4 "
                + "order by number desc", agency, PlanVersionKind.RENSTRA, to, from);
        for (PlanVersion version : overlapping) {
            if (version.yearFrom != from || version.yearTo != to) {
                throw new Conflict(CollectionProblem.RENSTRA_PERIOD_OVERLAP, period(version.yearFrom, version.yearTo), period(from, to));
            }
        }
        return overlapping.stream().findFirst();
    }

    private static String numbered(PlanVersion version) {
        return version.documentNumber == null ? "" : " (nomor " + version.documentNumber + ")";
    }

    private static String period(int from, int to) {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
