package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.RefusedInputException;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
            } else if (differs(row.name(), hints.name()) || differs(row.unit(), hints.unit())) {
                indicator = Indicator.findById(row.id());
                indicator.name = hints.name();
                indicator.unit = hints.unit();
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
        return Indicator.<Indicator>list("agencyCode = ?1 and currentVersion = 0", Sort.by("code"), agencyCode).stream()
                .map(indicator -> new Missing(indicator.code, indicator.name, indicator.updatedAt))
                .toList();
    }

    @Transactional
    public PageOf<IndicatorMethodology> list(String agencyCode, IndicatorMethodology.Status status, String search,
                                             int page, int size) {
        StringBuilder query = new StringBuilder("agencyCode = :agency");
        Parameters parameters = Parameters.with("agency", agencyCode);
        if (status == IndicatorMethodology.Status.MISSING) {
            query.append(" and currentVersion = 0");
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
        List<IndicatorMethodology> items = indicators.stream()
                .map(indicator -> summary(indicator, currentVersions.get(indicator.id)))
                .toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @Transactional
    public IndicatorMethodology get(String agencyCode, String indicatorCode) {
        Indicator indicator = Indicator.of(agencyCode, indicatorCode)
                .orElseThrow(() -> new NotFound("Indicator", indicatorCode));
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
        Instant now = Instant.now();
        Indicator indicator = Indicator.of(agencyCode, indicatorCode).orElse(null);
        if (indicator == null) {
            Object[] held = heldIndicator(agencyCode, indicatorCode)
                    .orElseThrow(() -> new NotFound("Indicator", indicatorCode));
            indicator = Indicator.create(agencyCode, indicatorCode, (String) held[0], (String) held[1], now);
            indicator.persistAndFlush();
        }
        if (indicator.currentVersion == 0) {
            ifMatch.checkIfSent("the methodology of " + indicatorCode, 0);
        } else {
            ifMatch.require("the methodology of " + indicatorCode, indicator.currentVersion);
        }
        int next = indicator.currentVersion + 1;
        MethodologyVersion.of(indicator, next, methodology, MethodologySource.TEAM, request.reason().strip(), author, now)
                .persist();
        indicator.currentVersion = next;
        indicator.updatedAt = now;
        return detail(indicator);
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
            throw new InvalidInput("gradeScale", "unknown grade scale '" + request.gradeScale() + "'; known scales: "
                    + String.join(", ", GradeScales.names()));
        }
        try {
            return new Methodology(request.polarity(), request.valueType(), request.frequency(),
                    request.periodAggregation(), request.negativeFormula(), request.weight(), request.gradeScale());
        } catch (RefusedInputException refused) {
            throw new InvalidInput(fieldAt(request), refused.getMessage());
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
        List<MethodologyView> versions = MethodologyVersion.history(indicator.id).stream()
                .map(MethodologyView::of)
                .toList();
        return new IndicatorMethodology(indicator.code, indicator.name, indicator.unit, status(indicator),
                indicator.currentVersion, versions.isEmpty() ? null : versions.get(0), versions);
    }

    private static IndicatorMethodology summary(Indicator indicator, MethodologyVersion current) {
        return new IndicatorMethodology(indicator.code, indicator.name, indicator.unit, status(indicator),
                indicator.currentVersion, current == null ? null : MethodologyView.of(current), null);
    }

    private static IndicatorMethodology.Status status(Indicator indicator) {
        return indicator.hasMethodology() ? IndicatorMethodology.Status.DEFINED : IndicatorMethodology.Status.MISSING;
    }

    private static boolean differs(String stored, String given) {
        return given != null && !given.equals(stored);
    }
}
