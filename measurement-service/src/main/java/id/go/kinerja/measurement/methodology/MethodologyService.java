package id.go.kinerja.measurement.methodology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import id.go.kinerja.measurement.engine.RefusedInputException;
import id.go.kinerja.measurement.plan.PlanIndicator;
import id.go.kinerja.measurement.plan.PlanPublished;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.Problem.FieldError;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The measurement methodology of every indicator of an agency (SOP B4), versioned: a change never
 * overwrites, it adds a version with author, time and reason.
 */
@ApplicationScoped
public class MethodologyService {

    public static final String FROM_PLAN_HINTS = "taken from the plan (hints)";
    static final String SYSTEM_AUTHOR = "measurement-service";

    private static final Logger LOG = Logger.getLogger(MethodologyService.class);

    @Inject
    ObjectMapper json;

    /** A methodology in force and the version number a result must record. */
    public record Current(int version, Methodology methodology) {
    }

    /**
     * The methodology of every indicator of a recap, by indicator code. An indicator seen for the
     * first time, or still without a methodology, gets version 1 from the plan's hints when they
     * are enough; indicators missing from the answer have no methodology.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Current> forRecap(String agencyCode, Collection<IndicatorHints> indicators) {
        lockMethodologiesOf(agencyCode);
        Instant now = Instant.now();
        Map<String, Indicator.Known> known = Indicator.knownOf(agencyCode);
        Map<String, Current> current = currentOf(agencyCode);
        Set<String> seen = new HashSet<>();
        List<Indicator> created = new ArrayList<>();
        List<MethodologyVersion> firstVersions = new ArrayList<>();
        for (IndicatorHints hints : indicators) {
            if (!seen.add(hints.code())) {
                continue;
            }
            Indicator.Known row = known.get(hints.code());
            // only indicators that change become managed entities: a recap of known ones loads none
            Indicator indicator = null;
            if (row == null) {
                indicator = Indicator.create(agencyCode, hints.code(), hints.name(), hints.unit(), now);
                created.add(indicator);
            } else if (differs(row.name(), hints.name()) || differs(row.unit(), hints.unit()) || !row.inRecap()) {
                indicator = Indicator.findById(row.id());
                indicator.name = hints.name() == null ? indicator.name : hints.name();
                indicator.unit = hints.unit() == null ? indicator.unit : hints.unit();
                indicator.inRecap = true;
                indicator.updatedAt = now;
            }
            if (current.containsKey(hints.code())) {
                continue;
            }
            Optional<Methodology> fromHints = hints.methodology();
            if (fromHints.isEmpty()) {
                LOG.infof("Indicator %s of %s has no methodology and its plan hints are not enough to make one",
                        hints.code(), agencyCode);
                continue;
            }
            if (indicator == null) {
                indicator = Indicator.findById(row.id());
            }
            indicator.currentVersion = 1;
            indicator.updatedAt = now;
            firstVersions.add(MethodologyVersion.of(indicator, 1, fromHints.get(), MethodologySource.PLAN_HINTS,
                    FROM_PLAN_HINTS, SYSTEM_AUTHOR, now));
            current.put(hints.code(), new Current(1, fromHints.get()));
        }
        Indicator.persist(created);
        MethodologyVersion.persist(firstVersions);
        return current;
    }

    /** The current methodology of every indicator of the agency that has one, by indicator code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Current> currentOf(String agencyCode) {
        return MethodologyVersion.currentOfAgency(agencyCode);
    }

    /** An indicator of the agency without a methodology (MISSING), and since when measurement knows it. */
    public record Missing(String indicatorCode, String indicatorName, Instant since) {
    }

    /** The agency's indicators that have no methodology yet (MISSING), by code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Missing> missingOf(String agencyCode) {
        return Indicator.<Indicator>list("agencyCode = ?1 and currentVersion = 0 and inRecap = true", Sort.by("code"),
                        agencyCode).stream()
                .map(indicator -> new Missing(indicator.code, indicator.name, indicator.updatedAt))
                .toList();
    }

    @Transactional
    public PageOf<IndicatorMethodology> list(String agencyCode, IndicatorMethodology.Status status, String search,
                                             int page, int size) {
        StringBuilder query = new StringBuilder("agencyCode = :agency");
        Parameters parameters = Parameters.with("agency", agencyCode);
        if (status == IndicatorMethodology.Status.MISSING) {
            query.append(" and currentVersion = 0 and inRecap = true");
        } else if (status == IndicatorMethodology.Status.DRAFT) {
            query.append(" and currentVersion = 0 and inRecap = false");
        } else if (status == IndicatorMethodology.Status.DEFINED) {
            query.append(" and currentVersion > 0");
        }
        if (search != null && !search.isBlank()) {
            query.append(" and (lower(code) like :search or lower(name) like :search)");
            parameters.and("search", "%" + search.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        var found = Indicator.find(query.toString(), Sort.by("code"), parameters);
        List<Indicator> indicators = found.page(Page.of(page, size)).list();
        Map<UUID, MethodologyVersion> currentVersions = new HashMap<>();
        List<UUID> ids = indicators.stream().filter(Indicator::hasMethodology).map(indicator -> indicator.id).toList();
        if (!ids.isEmpty()) {
            MethodologyVersion.<MethodologyVersion>list("""
                            select m from MethodologyVersion m, Indicator i
                            where m.indicatorId = i.id and i.id in ?1 and m.versionNumber = i.currentVersion""", ids)
                    .forEach(version -> currentVersions.put(version.indicatorId, version));
        }
        Map<String, PlanIndicator> plans = PlanIndicator.ofCodes(agencyCode,
                indicators.stream().map(indicator -> indicator.code).toList());
        List<IndicatorMethodology> items = indicators.stream()
                .map(indicator -> summary(indicator, currentVersions.get(indicator.id), plans.get(indicator.code)))
                .toList();
        return new PageOf<>(items, page, size, found.count());
    }

    /** Every indicator of the agency with its current methodology, plan and draft, in code order (the sheet). */
    @Transactional
    public List<IndicatorMethodology> all(String agencyCode) {
        PageOf<IndicatorMethodology> first = list(agencyCode, null, null, 0, PageOf.MAX_SIZE);
        List<IndicatorMethodology> all = new ArrayList<>(first.items());
        for (int page = 1; (long) page * PageOf.MAX_SIZE < first.total(); page++) {
            all.addAll(list(agencyCode, null, null, page, PageOf.MAX_SIZE).items());
        }
        return all;
    }

    @Transactional
    public IndicatorMethodology get(String agencyCode, String indicatorCode) {
        Indicator indicator = Indicator.of(agencyCode, indicatorCode)
                .orElseThrow(() -> new NotFound(MeasurementProblem.INDICATOR_NOT_FOUND, indicatorCode));
        return detail(indicator);
    }

    /**
     * Makes a new version of the indicator's methodology. {@code ifMatch} must name the current version the caller
     * read once there is one (412 when stale, 428 when missing), so two team members cannot overwrite each other's
     * change unknowingly; the first version needs none. The indicator must be one of the agency's: one that a recap of
     * the agency brought, measured or still waiting for B1-B4 (SOP B4 precedes B5, so the team sets methodologies of
     * a held recap's indicators); any other code, another agency's too, is 404.
     */
    @Transactional
    public IndicatorMethodology define(String agencyCode, String indicatorCode, MethodologyRequest request,
                                       IfMatch ifMatch, String author) {
        Methodology methodology = validated(request);
        lockMethodologiesOf(agencyCode);
        Indicator indicator = knownIndicator(agencyCode, indicatorCode, Instant.now());
        if (indicator.currentVersion == 0) {
            ifMatch.checkIfSent("the methodology of " + indicatorCode, 0);
        } else {
            ifMatch.require("the methodology of " + indicatorCode, indicator.currentVersion);
        }
        PlanIndicator plan = PlanIndicator.of(agencyCode, indicatorCode).orElse(null);
        List<PlanDisagreement> warnings = PlanDisagreement.between(plan, methodology);
        if (!warnings.isEmpty() && !request.acknowledges()) {
            throw disagreesWithPlan(indicatorCode, warnings);
        }
        save(indicator, plan, methodology, MethodologySource.TEAM, request.reason().strip(), author);
        return detail(indicator);
    }

    /**
     * Takes a published plan version into measurement's copy: each indicator becomes known with its name and unit
     * (a new one as DRAFT, not MISSING: no recap waits for it), and gets a draft prefilled from the plan unless its
     * current methodology already agrees with the plan. Drafts are not used for measuring (a recap's own plan hints
     * still make version 1 of an indicator without methodology, as before); the team confirms them (B4).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onPlanPublished(String agencyCode, PlanPublished plan, Instant publishedAt) {
        lockMethodologiesOf(agencyCode);
        Instant now = Instant.now();
        Map<String, Current> current = currentOf(agencyCode);
        for (PlanPublished.Indicator published : plan.indicators()) {
            PlanIndicator row = PlanIndicator.receive(agencyCode, plan, published, targetsJson(published),
                    publishedAt);
            Current methodology = current.get(published.indicatorCode());
            if (methodology == null || !PlanDisagreement.between(row, methodology.methodology()).isEmpty()) {
                row.openDraft();
            }
            row.persist();
            Indicator indicator = Indicator.of(agencyCode, published.indicatorCode()).orElse(null);
            if (indicator == null) {
                Indicator.fromPlan(agencyCode, published.indicatorCode(), published.indicatorName(), published.unit(),
                        now).persist();
            } else if (!indicator.inRecap) {
                indicator.name = published.indicatorName();
                indicator.unit = published.unit();
                indicator.updatedAt = now;
            }
        }
        LOG.infof("Plan %s %d of %s (%d-%d) received: %d indicators", plan.planVersion().kind(),
                plan.planVersion().number(), agencyCode, plan.yearFrom(), plan.yearTo(), plan.indicators().size());
    }

    /**
     * Confirms the open drafts of the given indicators (all open drafts when none are named) as their new current
     * methodology, all or none: a draft the plan's hints could not complete, or a code without an open draft, refuses
     * the whole request with a row per indicator.
     */
    @Transactional
    public BulkReport confirmDrafts(String agencyCode, List<String> indicatorCodes, String reason, String author) {
        lockMethodologiesOf(agencyCode);
        List<PlanIndicator> drafts = PlanIndicator.openDrafts(agencyCode);
        Map<String, PlanIndicator> byCode = new HashMap<>();
        drafts.forEach(draft -> byCode.put(draft.code, draft));
        List<String> codes = indicatorCodes == null || indicatorCodes.isEmpty()
                ? drafts.stream().map(draft -> draft.code).toList() : indicatorCodes;
        BulkReport.Builder report = new BulkReport.Builder();
        int row = 0;
        for (String code : codes) {
            row++;
            PlanIndicator draft = byCode.get(code);
            Optional<Methodology> methodology = draft == null ? Optional.empty() : hintsOf(draft).methodology();
            if (draft == null) {
                report.rejected(row, code, List.of(new FieldError("indicatorCodes",
                        MeasurementProblem.text("methodology.noOpenDraft", code))));
            } else if (methodology.isEmpty()) {
                report.rejected(row, code, List.of(new FieldError("indicatorCodes",
                        MeasurementProblem.text("methodology.hintsNotEnough", code))));
            } else {
                Indicator indicator = knownIndicator(agencyCode, code, Instant.now());
                save(indicator, draft, methodology.get(), MethodologySource.PLAN_DRAFT, reason.strip(), author);
                report.saved(row, code, indicator.currentVersion, List.of());
            }
        }
        return report.buildOrRefuse();
    }

    /** One row of a bulk save: the indicator and the methodology to give it. */
    public record BulkRow(int row, String indicatorCode, MethodologyRequest request) {
    }

    /**
     * Saves many methodologies at once, all or none: every row is checked as a single PUT would be (unknown
     * indicator, refused combination, departure from the plan not acknowledged); one rejected row refuses the whole
     * request (422 with every row's outcome). A row equal to the indicator's current methodology adds no version.
     */
    @Transactional
    public BulkReport defineAll(String agencyCode, List<BulkRow> rows, String author) {
        lockMethodologiesOf(agencyCode);
        Map<String, Current> current = currentOf(agencyCode);
        BulkReport.Builder report = new BulkReport.Builder();
        Set<String> seen = new HashSet<>();
        for (BulkRow row : rows) {
            String code = row.indicatorCode();
            Methodology methodology;
            try {
                if (code == null || !code.matches(MethodologyResource.INDICATOR_CODE)) {
                    throw new InvalidInput("indicatorCode", MeasurementProblem.text("methodology.indicatorCode"));
                }
                if (!seen.add(code)) {
                    throw new InvalidInput("indicatorCode", MeasurementProblem.text("methodology.repeatedRow", code));
                }
                methodology = validated(row.request());
                knownIndicator(agencyCode, code, Instant.now());
            } catch (InvalidInput invalid) {
                report.rejected(row.row(), code, invalid.errors());
                continue;
            } catch (NotFound unknown) {
                report.rejected(row.row(), code, List.of(new FieldError("indicatorCode",
                        MeasurementProblem.text("methodology.unknownIndicator", code))));
                continue;
            }
            PlanIndicator plan = PlanIndicator.of(agencyCode, code).orElse(null);
            List<PlanDisagreement> warnings = PlanDisagreement.between(plan, methodology);
            if (!warnings.isEmpty() && !row.request().acknowledges()) {
                report.rejected(row.row(), code, List.of(new FieldError("acknowledgedWarnings",
                        MeasurementProblem.text("methodology.departsFromPlan", PlanDisagreement.describe(warnings)))));
                continue;
            }
            Current now = current.get(code);
            if (now != null && same(now.methodology(), methodology)) {
                report.unchanged(row.row(), code, now.version(), warnings);
                continue;
            }
            Indicator indicator = Indicator.of(agencyCode, code).orElseThrow();
            save(indicator, plan, methodology, MethodologySource.TEAM, row.request().reason().strip(), author);
            report.saved(row.row(), code, indicator.currentVersion, warnings);
        }
        return report.buildOrRefuse();
    }

    /**
     * The agency's indicator of that code, which a published plan, a measured recap or one still waiting for B1-B4
     * brought (SOP B4 precedes B5, so the team sets methodologies of a held recap's indicators); any other code,
     * another agency's too, is 404. Call with the agency's methodologies locked.
     */
    private static Indicator knownIndicator(String agencyCode, String indicatorCode, Instant now) {
        Indicator indicator = Indicator.of(agencyCode, indicatorCode).orElse(null);
        if (indicator == null) {
            Object[] held = heldIndicator(agencyCode, indicatorCode)
                    .orElseThrow(() -> new NotFound(MeasurementProblem.INDICATOR_NOT_FOUND, indicatorCode));
            indicator = Indicator.create(agencyCode, indicatorCode, (String) held[0], (String) held[1], now);
            indicator.persistAndFlush();
        }
        return indicator;
    }

    private static Conflict disagreesWithPlan(String indicatorCode, List<PlanDisagreement> warnings) {
        return new Conflict(MeasurementProblem.METHODOLOGY_DEPARTS_FROM_PLAN, Map.of("warnings", warnings), indicatorCode,
                PlanDisagreement.describe(warnings));
    }

    /** A new current version of the indicator's methodology; the plan's draft, if any, is settled by it. */
    private static void save(Indicator indicator, PlanIndicator plan, Methodology methodology, MethodologySource source,
                             String reason, String author) {
        Instant now = Instant.now();
        int next = indicator.currentVersion + 1;
        MethodologyVersion.of(indicator, next, methodology, source, reason, author, now).persist();
        indicator.currentVersion = next;
        indicator.updatedAt = now;
        if (plan != null) {
            plan.closeDraft();
        }
    }

    /**
     * Name and unit of an indicator that a recap of the agency brought but that waits, unmeasured, for B1-B4
     * (AWAITING_SOP): measurement knows an agency's indicators only from its recaps (RecapSubmitted carries them from
     * the plan), and such a recap has not made them known yet.
     */
    private static Optional<Object[]> heldIndicator(String agencyCode, String indicatorCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = Indicator.getEntityManager().createNativeQuery("""
                        select item ->> 'indicatorName', item ->> 'unit'
                        from recap r, jsonb_array_elements(cast(r.held_document as jsonb) -> 'items') item
                        where r.agency_code = :agency and r.state = 'AWAITING_SOP' and item ->> 'indicatorCode' = :code
                        limit 1""")
                .setParameter("agency", agencyCode)
                .setParameter("code", indicatorCode)
                .getResultList();
        return found.stream().findFirst();
    }

    /**
     * Serialises the changes to one agency's methodologies (a recap arriving, a team member saving)
     * until the transaction ends, so two of them never race for the same new indicator or version.
     */
    private static void lockMethodologiesOf(String agencyCode) {
        Indicator.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked")
                .setParameter("key", "methodology:" + agencyCode)
                .getSingleResult();
    }

    private static Methodology validated(MethodologyRequest request) {
        if (request.gradeScale() != null && GradeScales.named(request.gradeScale()).isEmpty()) {
            throw new InvalidInput("gradeScale", MeasurementProblem.text("methodology.gradeScale", request.gradeScale(),
                    String.join(", ", GradeScales.names())));
        }
        try {
            return new Methodology(request.polarity(), request.valueType(), request.frequency(),
                    request.periodAggregation(), request.negativeFormula(), request.weight(), request.gradeScale());
        } catch (RefusedInputException refused) {
            throw new InvalidInput(fieldAt(request), MeasurementProblem.refusal(refused));
        }
    }

    /** The field a refused combination is best reported on. */
    private static String fieldAt(MethodologyRequest request) {
        boolean predicate = request.valueType() == ValueType.PREDICATE;
        if (predicate && request.periodAggregation() != PeriodAggregation.LAST) {
            return "periodAggregation";
        }
        if (predicate && request.polarity() != Polarity.POSITIVE) {
            return "polarity";
        }
        if (predicate == (request.gradeScale() == null)) {
            return "gradeScale";
        }
        if (request.negativeFormula() == NegativeFormula.RATIO && request.polarity() != Polarity.NEGATIVE) {
            return "negativeFormula";
        }
        return "body";
    }

    private static IndicatorMethodology detail(Indicator indicator) {
        List<MethodologyVersion> history = MethodologyVersion.history(indicator.id);
        List<MethodologyView> versions = history.stream().map(MethodologyView::of).toList();
        return view(indicator, history.isEmpty() ? null : history.get(0), versions,
                PlanIndicator.of(indicator.agencyCode, indicator.code).orElse(null));
    }

    private static IndicatorMethodology summary(Indicator indicator, MethodologyVersion current, PlanIndicator plan) {
        return view(indicator, current, null, plan);
    }

    private static IndicatorMethodology view(Indicator indicator, MethodologyVersion current,
                                             List<MethodologyView> versions, PlanIndicator plan) {
        return new IndicatorMethodology(indicator.code, indicator.name, indicator.unit, status(indicator),
                indicator.currentVersion, current == null ? null : MethodologyView.of(current), versions,
                PlanView.of(plan), plan != null && plan.draftOpen ? DraftView.of(hintsOf(plan)) : null,
                current == null ? List.of() : PlanDisagreement.between(plan, current.toMethodology()));
    }

    private static IndicatorMethodology.Status status(Indicator indicator) {
        if (indicator.hasMethodology()) {
            return IndicatorMethodology.Status.DEFINED;
        }
        return indicator.inRecap ? IndicatorMethodology.Status.MISSING : IndicatorMethodology.Status.DRAFT;
    }

    private String targetsJson(PlanPublished.Indicator indicator) {
        try {
            return json.writeValueAsString(indicator.targets());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Targets of " + indicator.indicatorCode() + " cannot be written", e);
        }
    }

    /** Equal methodologies, whatever the scale of the weight (1 is 1.0000). */
    private static boolean same(Methodology a, Methodology b) {
        return a.polarity() == b.polarity() && a.valueType() == b.valueType() && a.frequency() == b.frequency()
                && a.periodAggregation() == b.periodAggregation() && a.negativeFormula() == b.negativeFormula()
                && a.weight().compareTo(b.weight()) == 0 && Objects.equals(a.gradeScale(), b.gradeScale());
    }

    private static IndicatorHints hintsOf(PlanIndicator plan) {
        return new IndicatorHints(plan.code, plan.name, plan.unit, plan.polarity, plan.valueType, plan.frequency,
                plan.periodAggregation, plan.gradeSet());
    }

    private static boolean differs(String stored, String given) {
        return given != null && !given.equals(stored);
    }
}
