package id.go.kinerja.measurement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of measurement-golden.json, the hand-computed examples of docs/measurement.md. The fixture
 * is the source of truth: numbers are read from it, never copied here. Unknown fields in the
 * fixture fail the test, so a case the engine does not check cannot slip in unnoticed.
 */
class GoldenCasesTest {

    /** Roll-ups, the level summary and the agency headline are annual figures. */
    private static final Period ROLL_UP_PERIOD = Period.YEAR;

    private static final MeasurementEngine ENGINE = MeasurementEngine.withDefaults();

    static JsonNode golden;
    static Map<String, IndicatorData> indicators;

    @BeforeAll
    static void loadFixture() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (InputStream in = GoldenCasesTest.class.getResourceAsStream("/measurement-golden.json")) {
            golden = mapper.readTree(in);
        }
        requireOnly(golden, "spec", "rounding", "predicateScale", "indicatorCases", "rollupCases", "levelSummary",
                "budgetCases");
        indicators = new LinkedHashMap<>();
        for (JsonNode indicatorCase : golden.get("indicatorCases")) {
            indicators.put(indicatorCase.get("id").asText(), indicatorData(indicatorCase));
        }
    }

    @Test
    void fixtureUsesTheRoundingAndScaleOfTheEngine() {
        assertEquals("2 dp HALF_UP", golden.get("rounding").asText());
        assertTrue(golden.get("predicateScale").asText().startsWith("default 5-band"));
        assertEquals("RKPD_5", ENGINE.predicateScale().name());
        assertFalse(indicators.isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyIndicatorCaseGivesTheHandComputedResult() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode indicatorCase : golden.get("indicatorCases")) {
            String id = indicatorCase.get("id").asText();
            assertFalse(indicatorCase.get("expected").isEmpty(), id + " has no expectation");
            for (JsonNode expected : indicatorCase.get("expected")) {
                requireOnly(expected, "at", "status", "achievement", "predicate", "flags");
                Period period = Period.valueOf(expected.get("at").asText());
                tests.add(dynamicTest(id + " at " + period + ": " + indicatorCase.get("name").asText(),
                        () -> assertIndicatorResult(expected, ENGINE.measure(indicators.get(id), period))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRollUpCaseGivesTheHandComputedResult() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode rollUpCase : golden.get("rollupCases")) {
            requireOnly(rollUpCase, "id", "name", "indicators", "expected");
            JsonNode expected = rollUpCase.get("expected");
            requireOnly(expected, "status", "achievement", "predicate");
            tests.add(dynamicTest(rollUpCase.get("id").asText() + ": " + rollUpCase.get("name").asText(), () -> {
                RollUp rollUp = rollUp(rollUpCase);
                assertEquals(expected.get("status").asText(), rollUp.status().name());
                assertEquals(text(expected, "achievement"), plain(rollUp.achievement()));
                assertEquals(text(expected, "predicate"), rollUp.predicate());
            }));
        }
        return tests.stream();
    }

    @Test
    void levelSummaryGivesTheHandComputedMeanAndCounts() {
        JsonNode level = golden.get("levelSummary");
        requireOnly(level, "nodes", "expectedMean", "expectedPredicateCounts", "expectedNotEvaluable");
        List<RollUp> nodes = new ArrayList<>();
        for (JsonNode nodeId : level.get("nodes")) {
            nodes.add(rollUp(rollUpCase(nodeId.asText())));
        }

        LevelSummary summary = ENGINE.summarise(nodes);

        assertEquals(MeasurementStatus.OK, summary.status());
        assertEquals(level.get("expectedMean").asText(), plain(summary.mean()));
        Map<String, Integer> expectedCounts = new TreeMap<>();
        level.get("expectedPredicateCounts").fields()
                .forEachRemaining(count -> expectedCounts.put(count.getKey(), count.getValue().intValue()));
        assertEquals(expectedCounts, new TreeMap<>(summary.predicateCounts()));
        assertEquals(level.get("expectedNotEvaluable").intValue(), summary.notEvaluable());
    }

    @TestFactory
    Stream<DynamicTest> everyBudgetCaseGivesTheHandComputedAbsorption() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode budgetCase : golden.get("budgetCases")) {
            requireOnly(budgetCase, "id", "pagu", "realised", "expectedAbsorption", "expected");
            BigDecimal pagu = new BigDecimal(budgetCase.get("pagu").asText());
            BigDecimal realised = new BigDecimal(budgetCase.get("realised").asText());
            tests.add(dynamicTest(budgetCase.get("id").asText(), () -> {
                if (budgetCase.has("expectedAbsorption")) {
                    BudgetAbsorption absorption = BudgetAbsorption.of(pagu, realised);
                    assertEquals(MeasurementStatus.OK, absorption.status());
                    assertEquals(budgetCase.get("expectedAbsorption").asText(), plain(absorption.absorption()));
                } else {
                    String expected = budgetCase.get("expected").asText();
                    assertTrue(expected.startsWith("REJECTED_"), "unknown expectation " + expected);
                    RefusedInputException refused = assertThrows(RefusedInputException.class,
                            () -> BudgetAbsorption.of(pagu, realised));
                    assertEquals(expected, "REJECTED_" + refused.reason().name());
                }
            }));
        }
        return tests.stream();
    }

    private static void assertIndicatorResult(JsonNode expected, IndicatorResult result) {
        assertEquals(expected.get("status").asText(), result.status().name());
        assertEquals(text(expected, "achievement"), plain(result.achievement()));
        assertEquals(text(expected, "predicate"), result.predicate());
        Set<Flag> expectedFlags = EnumSet.noneOf(Flag.class);
        if (expected.has("flags")) {
            expected.get("flags").forEach(flag -> expectedFlags.add(Flag.valueOf(flag.asText())));
        }
        assertEquals(expectedFlags, result.flags());
        if (result.isEvaluated()) {
            assertEquals(2, result.achievement().scale());
        } else {
            assertNull(result.predicate());
        }
    }

    static RollUp rollUp(JsonNode rollUpCase) {
        List<RollUp.Member> members = new ArrayList<>();
        for (JsonNode member : rollUpCase.get("indicators")) {
            requireOnly(member, "case", "weight");
            String caseId = member.get("case").asText();
            assertTrue(hasExpectationAt(caseId, ROLL_UP_PERIOD),
                    caseId + " has no hand-computed " + ROLL_UP_PERIOD + " result to roll up");
            members.add(new RollUp.Member(ENGINE.measure(indicators.get(caseId), ROLL_UP_PERIOD),
                    member.get("weight").decimalValue()));
        }
        return ENGINE.rollUp(members);
    }

    static JsonNode rollUpCase(String id) {
        for (JsonNode rollUpCase : golden.get("rollupCases")) {
            if (rollUpCase.get("id").asText().equals(id)) {
                return rollUpCase;
            }
        }
        throw new AssertionError("level summary names unknown node " + id);
    }

    private static boolean hasExpectationAt(String caseId, Period period) {
        for (JsonNode indicatorCase : golden.get("indicatorCases")) {
            if (indicatorCase.get("id").asText().equals(caseId)) {
                for (JsonNode expected : indicatorCase.get("expected")) {
                    if (expected.get("at").asText().equals(period.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static IndicatorData indicatorData(JsonNode indicatorCase) {
        requireOnly(indicatorCase, "id", "name", "unit", "methodology", "targets", "realisations", "expected");
        JsonNode m = indicatorCase.get("methodology");
        requireOnly(m, "polarity", "valueType", "frequency", "periodAggregation", "weight", "negativeFormula", "scale");
        Methodology methodology = new Methodology(
                Polarity.valueOf(m.get("polarity").asText()),
                ValueType.valueOf(m.get("valueType").asText()),
                Frequency.valueOf(m.get("frequency").asText()),
                PeriodAggregation.valueOf(m.get("periodAggregation").asText()),
                m.has("negativeFormula") ? NegativeFormula.valueOf(m.get("negativeFormula").asText()) : null,
                m.has("weight") ? m.get("weight").decimalValue() : null,
                text(m, "scale"));
        List<Target> targets = new ArrayList<>();
        for (JsonNode target : indicatorCase.get("targets")) {
            if (target.isObject()) {
                requireOnly(target, "min", "max");
                targets.add(Target.range(target.get("min").decimalValue(), target.get("max").decimalValue()));
            } else if (target.isTextual()) {
                targets.add(Target.grade(target.asText()));
            } else {
                targets.add(Target.of(number(target)));
            }
        }
        List<Realisation> realisations = new ArrayList<>();
        for (JsonNode realisation : indicatorCase.get("realisations")) {
            if (realisation.isNull()) {
                realisations.add(null);
            } else if (realisation.isTextual()) {
                realisations.add(Realisation.grade(realisation.asText()));
            } else {
                realisations.add(Realisation.of(number(realisation)));
            }
        }
        return new IndicatorData(methodology, targets, realisations);
    }

    private static BigDecimal number(JsonNode node) {
        assertTrue(node.isIntegralNumber() || node.isBigDecimal(), "not an exact number: " + node);
        return node.decimalValue();
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void requireOnly(JsonNode node, String... known) {
        Set<String> unknown = new HashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            unknown.add(names.next());
        }
        unknown.removeAll(Set.of(known));
        assertTrue(unknown.isEmpty(), "fixture fields the test does not check: " + unknown + " in " + node);
    }
}
