package id.go.kinerja.measurement.scale;

import id.go.kinerja.measurement.engine.PredicateScale;
import id.go.kinerja.measurement.engine.RefusedInputException;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Predicate scales as data (docs/measurement.md 4): the default one, and those agencies adopt from a date. */
@ApplicationScoped
public class PredicateScaleService {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Jakarta");

    /** The scale a measurement used, with the id under which it is stored. */
    public record AppliedScale(UUID id, PredicateScale scale) {
    }

    /**
     * The scale in effect for the agency on a day: the one with the latest effective date not after
     * it; on the same date the agency's own scale wins over the default.
     */
    @Transactional
    public AppliedScale scaleFor(String agencyCode, LocalDate day) {
        StoredPredicateScale scale = inEffect(StoredPredicateScale.visibleTo(agencyCode), day);
        return new AppliedScale(scale.id, scale.toScale());
    }

    @Transactional
    public PageOf<PredicateScaleView> list(String agencyCode, int page, int size) {
        List<StoredPredicateScale> scales = StoredPredicateScale.visibleTo(agencyCode);
        StoredPredicateScale today = inEffect(scales, LocalDate.now(BUSINESS_ZONE));
        List<PredicateScaleView> views = scales.stream()
                .skip((long) page * size)
                .limit(size)
                .map(scale -> PredicateScaleView.of(scale, scale == today))
                .toList();
        return new PageOf<>(views, page, size, scales.size());
    }

    @Transactional
    public PredicateScaleView get(String agencyCode, UUID id) {
        List<StoredPredicateScale> scales = StoredPredicateScale.visibleTo(agencyCode);
        StoredPredicateScale today = inEffect(scales, LocalDate.now(BUSINESS_ZONE));
        return scales.stream()
                .filter(scale -> scale.id.equals(id))
                .findFirst()
                .map(scale -> PredicateScaleView.of(scale, scale == today))
                .orElseThrow(() -> new NotFound(MeasurementProblem.PREDICATE_SCALE_NOT_FOUND, id));
    }

    @Transactional
    public PredicateScaleView create(String agencyCode, PredicateScaleRequest request, String author) {
        PredicateScale scale;
        try {
            scale = new PredicateScale(request.name().strip(), request.effectiveFrom(), request.bands().stream()
                    .map(band -> new PredicateScale.Band(band.name(), band.lowerBound(), band.upperBound()))
                    .toList());
        } catch (RefusedInputException refused) {
            throw new InvalidInput("bands", MeasurementProblem.refusal(refused));
        }
        boolean taken = StoredPredicateScale.count("agencyCode = ?1 and effectiveFrom = ?2", agencyCode,
                request.effectiveFrom()) > 0;
        if (taken) {
            throw new Conflict(MeasurementProblem.PREDICATE_SCALE_DATE_TAKEN, request.effectiveFrom());
        }
        StoredPredicateScale stored = new StoredPredicateScale();
        stored.id = UUID.randomUUID();
        stored.agencyCode = agencyCode;
        stored.name = scale.name();
        stored.effectiveFrom = scale.effectiveFrom();
        stored.createdBy = author;
        stored.createdAt = Instant.now();
        scale.bands().forEach(band -> stored.bands.add(new StoredPredicateScale.Band(band)));
        stored.persist();
        return PredicateScaleView.of(stored, false);
    }

    private static StoredPredicateScale inEffect(List<StoredPredicateScale> scales, LocalDate day) {
        return scales.stream()
                .filter(scale -> !scale.effectiveFrom.isAfter(day))
                .max(Comparator.comparing((StoredPredicateScale scale) -> scale.effectiveFrom)
                        .thenComparing(scale -> scale.agencyCode != null))
                .orElseGet(() -> scales.stream()
                        .filter(scale -> Objects.equals(scale.id, StoredPredicateScale.DEFAULT_ID))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("the default predicate scale is not loaded")));
    }
}
