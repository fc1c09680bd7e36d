package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.ValidationTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.measurement.engine.PredicateScale.Band;
import id.go.kinerja.measurement.engine.RefusedInputException.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Predicate scales (predikat) and grade scales (SAKIP, BPK) are data, validated when saved. */
class ScalesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "250.00, SANGAT_TINGGI", "91.00, SANGAT_TINGGI", "90.99, TINGGI", "76.00, TINGGI", "75.99, SEDANG",
        "66.00, SEDANG", "65.99, RENDAH", "51.00, RENDAH", "50.99, SANGAT_RENDAH", "0.00, SANGAT_RENDAH",
        "-100.00, SANGAT_RENDAH"})
    void defaultScaleBandsIncludeTheirLowerBound(String achievement, String predicate) {
        assertEquals(predicate, PredicateScale.DEFAULT.predicateOf(new BigDecimal(achievement)));
    }

    @Test
    void anAgencyScaleWithSixBandsIsUsedAsGiven() {
        PredicateScale sixBands = new PredicateScale("SIX", FROM, List.of(
                band("SANGAT_BAIK", "91", null), band("BAIK", "76", "91"), band("CUKUP", "66", "76"),
                band("KURANG", "51", "66"), band("SANGAT_KURANG", "26", "51"), band("GAGAL", null, "26")));

        assertEquals("GAGAL", sixBands.predicateOf(new BigDecimal("25.99")));
        assertEquals("SANGAT_KURANG", sixBands.predicateOf(new BigDecimal("26.00")));
        assertEquals("SANGAT_BAIK", sixBands.predicateOf(new BigDecimal("104.17")));
    }

    @Test
    void bandsThatLeaveAGapAreRefused() {
        assertRefused(Reason.INVALID_SCALE, "gap between LOW (up to 50) and HIGH (from 51)",
                () -> new PredicateScale("GAP", FROM, List.of(band("HIGH", "51", null), band("LOW", null, "50"))));
    }

    @Test
    void bandsThatOverlapAreRefused() {
        assertRefused(Reason.INVALID_SCALE, "bands LOW and HIGH overlap",
                () -> new PredicateScale("OVERLAP", FROM, List.of(band("HIGH", "50", null), band("LOW", null, "51"))));
        assertRefused(Reason.INVALID_SCALE, "overlap",
                () -> new PredicateScale("TWO_TOPS", FROM, List.of(band("A", "50", null), band("B", "60", null),
                        band("LOW", null, "50"))));
    }

    @Test
    void aScaleMustCoverAchievementsBelowZeroAndAbove200() {
        assertRefused(Reason.INVALID_SCALE, "below 0 no band applies",
                () -> new PredicateScale("NO_BOTTOM", FROM, List.of(band("HIGH", "50", null), band("LOW", "0", "50"))));
        assertRefused(Reason.INVALID_SCALE, "from 200 no band applies",
                () -> new PredicateScale("NO_TOP", FROM, List.of(band("HIGH", "50", "200"), band("LOW", null, "50"))));
    }

    @Test
    void aBandMustEndAboveWhereItStarts() {
        assertRefused(Reason.INVALID_SCALE, "band EMPTY starts at 60 but ends at 60", () -> band("EMPTY", "60", "60"));
    }

    @Test
    void bandNamesAreUniqueAndAScaleNeedsItsDate() {
        assertRefused(Reason.INVALID_SCALE, "names band SAME twice",
                () -> new PredicateScale("DUP", FROM, List.of(band("SAME", "50", null), band("SAME", null, "50"))));
        assertRefused(Reason.INVALID_SCALE, "needs an effective date",
                () -> new PredicateScale("UNDATED", null, PredicateScale.DEFAULT.bands()));
    }

    @Test
    void sakipAndBpkGradesRankFromOneUpward() {
        assertEquals(new BigDecimal("1"), GradeScale.SAKIP.rankOf("D"));
        assertEquals(new BigDecimal("5"), GradeScale.SAKIP.rankOf("BB"));
        assertEquals(new BigDecimal("7"), GradeScale.SAKIP.rankOf("AA"));
        assertEquals(new BigDecimal("1"), GradeScale.BPK.rankOf("TMP"));
        assertEquals(new BigDecimal("4"), GradeScale.BPK.rankOf("WTP"));
    }

    @Test
    void aGradeNotOnTheScaleIsRefused() {
        assertRefused(Reason.INVALID_VALUE, "grade WTP is not on scale SAKIP", () -> GradeScale.SAKIP.rankOf("WTP"));
    }

    @Test
    void aGradeScaleNamesEachGradeOnce() {
        assertRefused(Reason.INVALID_SCALE, "names a grade twice", () -> new GradeScale("X", List.of("A", "B", "A")));
        assertRefused(Reason.INVALID_SCALE, "at least two grades", () -> new GradeScale("X", List.of("A")));
    }

    private static Band band(String name, String from, String below) {
        return new Band(name, from == null ? null : new BigDecimal(from), below == null ? null : new BigDecimal(below));
    }
}
