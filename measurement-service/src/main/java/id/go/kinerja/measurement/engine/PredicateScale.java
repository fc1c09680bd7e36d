package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.RefusedInputException.Reason.INVALID_SCALE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The scale that turns an achievement into a predicate (predikat capaian), docs/measurement.md 4.
 * Agencies use different scales and change them, so a scale is data with the date it takes
 * effect. The constructor validates that the bands cover every achievement exactly once: no
 * overlap, no gap, open-ended at the bottom and at the top (achievements can be negative or above
 * 200). Bands may be given in any order; they are kept lowest first.
 *
 * @param name          e.g. {@code RKPD_5}
 * @param effectiveFrom first day the scale applies to
 * @param bands         the bands; {@link #bands()} returns them lowest first
 */
public record PredicateScale(String name, LocalDate effectiveFrom, List<Band> bands) {

    /**
     * One band: achievements from {@code lowerBound} (inclusive) up to {@code upperBound}
     * (exclusive). A {@code null} bound is open: the lowest band has no lower bound, the highest
     * no upper bound.
     */
    public record Band(String name, BigDecimal lowerBound, BigDecimal upperBound) {
        public Band {
            if (name == null || name.isBlank()) {
                throw new RefusedInputException(INVALID_SCALE, "scale.bandName", "a predicate band needs a name");
            }
            if (lowerBound != null && upperBound != null && lowerBound.compareTo(upperBound) >= 0) {
                throw new RefusedInputException(INVALID_SCALE, "scale.bandBounds", "band " + name + " starts at "
                        + lowerBound.toPlainString() + " but ends at " + upperBound.toPlainString(),
                        name, lowerBound.toPlainString(), upperBound.toPlainString());
            }
        }
    }

    // Declared before DEFAULT, whose construction sorts with it.
    private static final Comparator<Band> LOWEST_FIRST =
            Comparator.comparing(Band::lowerBound, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * The 5-band scale of regional RKPD/Renja evaluation. Effective from the epoch: it applies to
     * every report unless an agency's own scale takes effect later.
     */
    public static final PredicateScale DEFAULT = new PredicateScale("RKPD_5", LocalDate.EPOCH, List.of(
            new Band("SANGAT_TINGGI", new BigDecimal("91"), null),
            new Band("TINGGI", new BigDecimal("76"), new BigDecimal("91")),
            new Band("SEDANG", new BigDecimal("66"), new BigDecimal("76")),
            new Band("RENDAH", new BigDecimal("51"), new BigDecimal("66")),
            new Band("SANGAT_RENDAH", null, new BigDecimal("51"))));

    public PredicateScale {
        if (name == null || name.isBlank()) {
            throw new RefusedInputException(INVALID_SCALE, "scale.name", "a predicate scale needs a name");
        }
        if (effectiveFrom == null) {
            throw new RefusedInputException(INVALID_SCALE, "scale.effectiveFrom",
                    "predicate scale " + name + " needs an effective date", name);
        }
        if (bands == null || bands.isEmpty() || bands.stream().anyMatch(Objects::isNull)) {
            throw new RefusedInputException(INVALID_SCALE, "scale.bands", "predicate scale " + name + " needs its bands",
                    name);
        }
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(LOWEST_FIRST);
        requireUniqueNames(name, sorted);
        requireFullCoverage(name, sorted);
        bands = List.copyOf(sorted);
    }

    /** The predicate of an achievement; pass the reported (2 dp) value, as the rules require. */
    public String predicateOf(BigDecimal achievement) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            Band band = bands.get(i);
            if (band.lowerBound() == null || achievement.compareTo(band.lowerBound()) >= 0) {
                return band.name();
            }
        }
        throw new IllegalStateException("validated scale " + name + " has no open lowest band");
    }

    private static void requireUniqueNames(String scale, List<Band> bands) {
        Set<String> names = new HashSet<>();
        for (Band band : bands) {
            if (!names.add(band.name())) {
                throw new RefusedInputException(INVALID_SCALE, "scale.bandTwice", "predicate scale " + scale
                        + " names band " + band.name() + " twice", scale, band.name());
            }
        }
    }

    private static void requireFullCoverage(String scale, List<Band> bands) {
        Band lowest = bands.get(0);
        if (lowest.lowerBound() != null) {
            throw new RefusedInputException(INVALID_SCALE, "scale.gapBelow", "predicate scale " + scale
                    + " leaves a gap: below " + lowest.lowerBound().toPlainString()
                    + " no band applies (the lowest band must be open)", scale, lowest.lowerBound().toPlainString());
        }
        Band highest = bands.get(bands.size() - 1);
        if (highest.upperBound() != null) {
            throw new RefusedInputException(INVALID_SCALE, "scale.gapAbove", "predicate scale " + scale
                    + " leaves a gap: from " + highest.upperBound().toPlainString()
                    + " no band applies (the highest band must be open)", scale, highest.upperBound().toPlainString());
        }
        for (int i = 1; i < bands.size(); i++) {
            Band below = bands.get(i - 1);
            Band above = bands.get(i);
            int order = below.upperBound() == null || above.lowerBound() == null
                    ? 1 : below.upperBound().compareTo(above.lowerBound());
            if (order > 0) {
                throw new RefusedInputException(INVALID_SCALE, "scale.overlap", "predicate scale " + scale + ": bands "
                        + below.name() + " and " + above.name() + " overlap", scale, below.name(), above.name());
            }
            if (order < 0) {
                throw new RefusedInputException(INVALID_SCALE, "scale.gapBetween", "predicate scale " + scale
                        + " leaves a gap between " + below.name() + " (up to " + below.upperBound().toPlainString()
                        + ") and " + above.name() + " (from " + above.lowerBound().toPlainString() + ")", scale,
                        below.name(), below.upperBound().toPlainString(), above.name(),
                        above.lowerBound().toPlainString());
            }
        }
    }
}
