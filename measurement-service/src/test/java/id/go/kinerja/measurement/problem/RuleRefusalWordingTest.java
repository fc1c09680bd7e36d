package id.go.kinerja.measurement.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import id.go.kinerja.measurement.engine.PredicateScale;
import id.go.kinerja.measurement.engine.PredicateScale.Band;
import id.go.kinerja.measurement.engine.RefusedInputException;
import id.go.kinerja.platform.problem.Languages;
import id.go.kinerja.platform.problem.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A refusal of the measurement rules reaches the team as a field error in their language: every one has its words in
 * the bundle, the English the same as the rule's own message, the Indonesian its own.
 */
class RuleRefusalWordingTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);

    static List<Executable> refusals() {
        return List.of(
                () -> new Methodology(null, ValueType.NUMBER, Frequency.QUARTERLY, PeriodAggregation.SUM, null, null, null),
                () -> new Methodology(Polarity.POSITIVE, null, Frequency.QUARTERLY, PeriodAggregation.SUM, null, null, null),
                () -> new Methodology(Polarity.POSITIVE, ValueType.NUMBER, null, PeriodAggregation.SUM, null, null, null),
                () -> new Methodology(Polarity.POSITIVE, ValueType.NUMBER, Frequency.QUARTERLY, null, null, null, null),
                () -> new Methodology(Polarity.POSITIVE, ValueType.NUMBER, Frequency.QUARTERLY, PeriodAggregation.SUM,
                        null, BigDecimal.ZERO, null),
                () -> new Methodology(Polarity.POSITIVE, ValueType.NUMBER, Frequency.QUARTERLY, PeriodAggregation.SUM,
                        NegativeFormula.RATIO, null, null),
                () -> new Methodology(Polarity.POSITIVE, ValueType.PREDICATE, Frequency.ANNUAL, PeriodAggregation.SUM,
                        null, null, "SAKIP"),
                () -> new Methodology(Polarity.NEGATIVE, ValueType.PREDICATE, Frequency.ANNUAL, PeriodAggregation.LAST,
                        null, null, "SAKIP"),
                () -> new Methodology(Polarity.POSITIVE, ValueType.PREDICATE, Frequency.ANNUAL, PeriodAggregation.LAST,
                        null, null, null),
                () -> new Methodology(Polarity.POSITIVE, ValueType.NUMBER, Frequency.QUARTERLY, PeriodAggregation.SUM,
                        null, null, "SAKIP"),
                () -> new Band(" ", null, null),
                () -> new Band("TINGGI", new BigDecimal("80"), new BigDecimal("70")),
                () -> new PredicateScale(" ", JANUARY, List.of(band("BAIK", null, null))),
                () -> new PredicateScale("S", null, List.of(band("BAIK", null, null))),
                () -> new PredicateScale("S", JANUARY, List.of()),
                () -> new PredicateScale("S", JANUARY, List.of(band("BAIK", "50", null), band("BAIK", null, "50"))),
                () -> new PredicateScale("S", JANUARY, List.of(band("BAIK", "50", null))),
                () -> new PredicateScale("S", JANUARY, List.of(band("BAIK", null, "50"))),
                () -> new PredicateScale("S", JANUARY, List.of(band("BAIK", "40", null), band("KURANG", null, "60"))),
                () -> new PredicateScale("S", JANUARY, List.of(band("BAIK", "60", null), band("KURANG", null, "40"))));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void everyRefusalOfTheRulesIsWordedInIndonesianAndEnglish(Executable refused) {
        RefusedInputException refusal = assertThrows(RefusedInputException.class, refused);
        Message words = MeasurementProblem.refusal(refusal);
        assertEquals(refusal.key(), words.key(), "no words in the bundle for " + refusal.getMessage());
        assertEquals(refusal.getMessage(), words.in(Languages.ENGLISH));
        assertNotEquals(words.in(Languages.ENGLISH), words.in(Languages.INDONESIAN));
    }

    private static Band band(String name, String lower, String upper) {
        return new Band(name, lower == null ? null : new BigDecimal(lower), upper == null ? null : new BigDecimal(upper));
    }
}
