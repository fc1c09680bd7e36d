package id.go.kinerja.archive.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The archived {@code RecapDisposed} document (docs/events.md) as the reports read it: the archive's own reader of
 * the fields it prints, checked against the shared sample docs/events/samples/RecapDisposed.json. A tolerant reader:
 * fields it does not know are ignored, a field it knows but the document lacks is null or empty.
 */
record DisposedRecap(
        String agencyName,
        /* printed when present; no producer writes it today */
        String reportNumber,
        List<Node> nodes,
        List<Item> items,
        List<LevelSummary> levelSummaries,
        Headline headlineAchievement,
        List<Review> reviews,
        Disposition disposition) {

    private static final ObjectMapper READER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // decimals exactly as archived: 80.00 stays 80.00
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    DisposedRecap {
        nodes = nodes == null ? List.of() : nodes;
        items = items == null ? List.of() : items;
        levelSummaries = levelSummaries == null ? List.of() : levelSummaries;
        reviews = reviews == null ? List.of() : reviews;
        disposition = disposition == null ? new Disposition(null, null, null) : disposition;
    }

    static DisposedRecap read(String document) {
        try {
            return READER.readValue(document, DisposedRecap.class);
        } catch (Exception e) {
            throw new IllegalStateException("The archived document is not a disposed recap", e);
        }
    }

    /** A node of the plan (Tujuan, Sasaran, Program, …) with its roll-up. */
    record Node(String code, String level, String name, BigDecimal budgetCeiling, BigDecimal budgetRealised,
                Result rollUp) {
    }

    record Item(String indicatorCode, String indicatorName, String unit, String nodeCode, String divisionCode,
                List<Quantity> targets, List<Quantity> realisations, Result result) {

        Item {
            targets = targets == null ? List.of() : targets;
            realisations = realisations == null ? List.of() : realisations;
        }

        Quantity targetOf(int quarter) {
            return ofQuarter(targets, quarter);
        }

        Quantity realisationOf(int quarter) {
            return ofQuarter(realisations, quarter);
        }

        /**
         * The quarters up to {@code quarter} answered "no data", as a measured row shows them beside its missing
         * combined realisation, e.g. "Tidak ada data (triwulan 2): Survei ditunda"; null when there are none.
         */
        String noDataUpTo(int quarter) {
            List<String> answers = realisations.stream()
                    .filter(e -> e.answeredNoData() && e.quarter() != null && e.quarter() <= quarter)
                    .map(e -> NO_DATA + " (triwulan " + e.quarter() + ")"
                            + (e.noDataReason() == null ? "" : ": " + e.noDataReason()))
                    .toList();
            return answers.isEmpty() ? null : String.join("; ", answers);
        }

        private static Quantity ofQuarter(List<Quantity> entries, int quarter) {
            return entries.stream().filter(e -> e.quarter() != null && e.quarter() == quarter).findFirst()
                    .orElse(Quantity.NONE);
        }
    }

    /**
     * An item's result or a node's roll-up; {@code target}/{@code realisation} only on an item's result, and
     * {@code budgetAbsorption} only on a roll-up.
     */
    record Result(String status, BigDecimal achievement, String predicate, Quantity target, Quantity realisation,
                  BigDecimal budgetAbsorption) {

        Result {
            target = target == null ? Quantity.NONE : target;
            realisation = realisation == null ? Quantity.NONE : realisation;
        }

        static final Result NONE = new Result(null, null, null, null, null, null);
    }

    /** How a report prints a realisation answered as not available. */
    static final String NO_DATA = "Tidak ada data";

    /**
     * A target or realisation: {@code {value}}, a range {@code {min, max}} or a grade {@code {grade}}, in the
     * {@code targets[]}/{@code realisations[]} entries (with {@code quarter} and who entered it) and as an item's
     * combined {@code result.target}/{@code result.realisation}.
     */
    record Quantity(Integer quarter, BigDecimal value, BigDecimal min, BigDecimal max, String grade, Boolean noData,
                    String noDataReason, String enteredBy, String verifiedBy, String note) {

        static final Quantity NONE = new Quantity(null, null, null, null, null, null, null, null, null, null);

        /** Reads the object form; a bare number (as documents written by hand once had it) is its value. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Quantity of(JsonNode json) {
            if (json == null || json.isNull()) {
                return NONE;
            }
            if (json.isNumber()) {
                return new Quantity(null, json.decimalValue(), null, null, null, null, null, null, null, null);
            }
            return new Quantity(json.hasNonNull("quarter") ? json.get("quarter").asInt() : null,
                    decimal(json.get("value")), decimal(json.get("min")), decimal(json.get("max")),
                    text(json.get("grade")), json.hasNonNull("noData") ? json.get("noData").asBoolean() : null,
                    text(json.get("noDataReason")), text(json.get("enteredBy")), text(json.get("verifiedBy")),
                    text(json.get("note")));
        }

        /** A realisation the operator answered is not available (tidak ada data). */
        boolean answeredNoData() {
            return Boolean.TRUE.equals(noData);
        }

        /**
         * As a cell shows it: a number, {@code min–max} for a range, the grade, "Tidak ada data: alasan" for a
         * realisation answered as not available, or nothing.
         */
        Object shown() {
            if (answeredNoData()) {
                return NO_DATA + (noDataReason == null ? "" : ": " + noDataReason);
            }
            if (value != null) {
                return value;
            }
            if (min != null && max != null) {
                return IndonesianFormat.number(min, Report.Kind.QUANTITY) + "–"
                        + IndonesianFormat.number(max, Report.Kind.QUANTITY);
            }
            return grade;
        }
    }

    record LevelSummary(String level, BigDecimal achievement, String predicate, Map<String, Integer> predicateCounts) {

        LevelSummary {
            predicateCounts = predicateCounts == null ? Map.of() : predicateCounts;
        }
    }

    /**
     * The agency's headline achievement (capaian IKU): the achievement of the Sasaran (OBJECTIVE) level, which
     * measurement writes as a bare number; an object {@code {level, achievement}} is read too.
     */
    record Headline(String level, BigDecimal achievement) {

        static final String LEVEL = "OBJECTIVE";

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Headline of(JsonNode json) {
            if (json == null || !(json.isNumber() || json.isObject())) {
                return null;
            }
            if (json.isNumber()) {
                return new Headline(LEVEL, json.decimalValue());
            }
            String level = text(json.get("level"));
            return new Headline(level == null ? LEVEL : level, decimal(json.get("achievement")));
        }
    }

    record Review(Integer revision, String decision, String decidedBy, Instant decidedAt, String note,
                  List<ReviewItem> items) {

        Review {
            items = items == null ? List.of() : items;
        }
    }

    record ReviewItem(String indicatorCode, String decision, String reason, String returnTo) {
    }

    record Disposition(String text, String decidedBy, Instant decidedAt) {
    }

    private static BigDecimal decimal(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
