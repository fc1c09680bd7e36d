package id.go.kinerja.measurement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/measurement.md explains the rules with worked examples, one table row per case of the golden fixture. Every
 * row is computed here with the engine from the fixture's inputs: a target, realisation, achievement, predicate or
 * rule the page states differently fails, and so does a rule the page gives no example of.
 */
class MeasurementDocumentTest {

    private static final Path PAGE = Path.of("..", "docs", "measurement.md");
    private static final MeasurementEngine ENGINE = MeasurementEngine.withDefaults();
    private static final String NOTHING = "—";

    private static List<Map<String, String>> rows;

    @BeforeAll
    static void readPageAndFixture() throws IOException {
        GoldenCasesTest.loadFixture();
        rows = tableRows(Files.readAllLines(PAGE));
    }

    @TestFactory
    Stream<DynamicTest> everyIndicatorExampleIsWhatTheEngineComputes() {
        return examples(row -> row.containsKey("Rule") && row.containsKey("At"), row -> {
            IndicatorData data = GoldenCasesTest.indicators.get(row.get("Case"));
            assertTrue(data != null, "no indicator case " + row.get("Case") + " in the fixture");
            IndicatorResult result = ENGINE.measure(data, Period.valueOf(row.get("At")));
            assertEquals(row.get("Rule"), result.rule().name(), "rule");
            assertAchievement(row.get("Achievement"), result.status(), result.achievement());
            assertEquals(predicate(row), result.predicate(), "predicate");
            Set<Flag> flags = row.get("Achievement").contains("(capped)") ? EnumSet.of(Flag.CAPPED) : Set.of();
            assertEquals(flags, result.flags(), "flags");
            assertTarget(row.get("T"), result.target());
            assertRealisation(row.get("R"), result.realisation());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRollUpExampleIsWhatTheEngineComputes() {
        return examples(row -> row.containsKey("Members (achievement × weight)"), row -> {
            RollUp rollUp = GoldenCasesTest.rollUp(GoldenCasesTest.rollUpCase(row.get("Case")));
            assertAchievement(row.get("Achievement"), rollUp.status(), rollUp.achievement());
            assertEquals(predicate(row), rollUp.predicate(), "predicate");
        });
    }

    @TestFactory
    Stream<DynamicTest> theLevelSummaryExampleIsWhatTheEngineComputes() {
        return examples(row -> row.containsKey("Mean"), row -> {
            assertEquals("S1", row.get("Case"), "S1 is the fixture's only level summary");
            List<RollUp> nodes = new ArrayList<>();
            List<String> named = new ArrayList<>();
            for (JsonNode node : GoldenCasesTest.golden.get("levelSummary").get("nodes")) {
                nodes.add(GoldenCasesTest.rollUp(GoldenCasesTest.rollUpCase(node.asText())));
                named.add(node.asText());
            }
            assertEquals(String.join(", ", named), row.get("Nodes"));
            LevelSummary summary = ENGINE.summarise(nodes);
            assertAchievement(row.get("Mean"), summary.status(), summary.mean());
            assertEquals(predicate(row), summary.predicate(), "predicate");
            Map<String, Integer> counts = new TreeMap<>();
            for (String count : row.get("Per predicate").split(",")) {
                String[] nameAndCount = count.strip().split(" ");
                counts.put(nameAndCount[0], Integer.valueOf(nameAndCount[1]));
            }
            assertEquals(counts, new TreeMap<>(summary.predicateCounts()));
            assertEquals(Integer.parseInt(row.get("Not evaluable")), summary.notEvaluable());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyBudgetExampleIsWhatTheEngineComputes() {
        return examples(row -> row.containsKey("Absorption"), row -> {
            JsonNode budgetCase = budgetCase(row.get("Case"));
            BigDecimal pagu = amount(row.get("Pagu (IDR)"));
            BigDecimal realised = amount(row.get("Realised (IDR)"));
            assertEquals(new BigDecimal(budgetCase.get("pagu").asText()), pagu, "pagu");
            assertEquals(new BigDecimal(budgetCase.get("realised").asText()), realised, "realised");
            String absorption = row.get("Absorption");
            if (absorption.startsWith("refused: ")) {
                RefusedInputException refused = assertThrows(RefusedInputException.class,
                        () -> BudgetAbsorption.of(pagu, realised));
                assertEquals(absorption.substring("refused: ".length()), refused.reason().name());
            } else {
                assertEquals(absorption, BudgetAbsorption.of(pagu, realised).absorption().toPlainString());
            }
        });
    }

    @Test
    void everyRuleHasAnExample() {
        Set<Rule> shown = EnumSet.noneOf(Rule.class);
        rows.stream().filter(row -> row.containsKey("Rule") && row.containsKey("At"))
                .forEach(row -> shown.add(Rule.valueOf(row.get("Rule"))));
        assertEquals(EnumSet.allOf(Rule.class), shown, "rules of the engine without a worked example on the page");
    }

    private static Stream<DynamicTest> examples(Predicate<Map<String, String>> kind, Check check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (kind.test(row)) {
                String name = row.get("Case") + (row.containsKey("At") ? " at " + row.get("At") : "");
                tests.add(dynamicTest(name, () -> check.on(row)));
            }
        }
        assertFalse(tests.isEmpty(), "no such example on " + PAGE);
        return tests.stream();
    }

    private interface Check {
        void on(Map<String, String> row);
    }

    private static void assertAchievement(String cell, MeasurementStatus status, BigDecimal achievement) {
        switch (cell) {
            case "not evaluable" -> assertEquals(MeasurementStatus.NOT_EVALUABLE, status);
            case "incomplete" -> assertEquals(MeasurementStatus.INCOMPLETE, status);
            default -> {
                assertEquals(MeasurementStatus.OK, status);
                assertEquals(cell.split(" ")[0], achievement.toPlainString(), "achievement");
            }
        }
    }

    private static String predicate(Map<String, String> row) {
        String cell = row.get("Predicate");
        return NOTHING.equals(cell) ? null : cell;
    }

    private static void assertTarget(String cell, Target target) {
        if (NOTHING.equals(cell)) {
            assertEquals(null, target, "target");
        } else if (target instanceof Target.Range range) {
            String[] bounds = cell.split("–");
            assertSame(new BigDecimal(bounds[0]), range.min(), "target min");
            assertSame(new BigDecimal(bounds[1]), range.max(), "target max");
        } else if (target instanceof Target.Value value) {
            assertSame(new BigDecimal(cell), value.value(), "target");
        } else {
            assertEquals(cell, ((Target.Grade) target).grade(), "target grade");
        }
    }

    private static void assertRealisation(String cell, Realisation realisation) {
        if (NOTHING.equals(cell)) {
            assertEquals(null, realisation, "realisation");
        } else if ("missing".equals(cell)) {
            assertTrue(realisation instanceof Realisation.Missing, "realisation should be missing: " + realisation);
        } else if (realisation instanceof Realisation.Value value) {
            assertSame(new BigDecimal(cell), value.value(), "realisation");
        } else {
            assertEquals(cell, ((Realisation.Grade) realisation).grade(), "realisation grade");
        }
    }

    /** The same number, whatever its scale: 5 and 5.0 are one target. */
    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertTrue(expected.compareTo(actual) == 0, what + ": the page says " + expected.toPlainString()
                + ", the engine " + actual.toPlainString());
    }

    private static JsonNode budgetCase(String id) {
        for (JsonNode budgetCase : GoldenCasesTest.golden.get("budgetCases")) {
            if (budgetCase.get("id").asText().equals(id)) {
                return budgetCase;
            }
        }
        throw new AssertionError("no budget case " + id + " in the fixture");
    }

    private static BigDecimal amount(String cell) {
        return new BigDecimal(cell.replace(",", ""));
    }

    /** Every row of every markdown table on the page, keyed by its table's header. */
    private static List<Map<String, String>> tableRows(List<String> lines) {
        List<Map<String, String>> found = new ArrayList<>();
        List<String> header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                header = null;
            } else if (header == null) {
                header = cells(line);
                i++; // the |---| line under the header
            } else {
                List<String> cells = cells(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c), cells.get(c));
                }
                found.add(row);
            }
        }
        return found;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
