package id.go.kinerja.systemtest.security;

import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.infrastructure.FormulaPayloads;
import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import id.go.kinerja.systemtest.security.ApiCatalogue.Parameter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every CSV the services write (found in the OpenAPI documents: every operation that answers {@code text/csv}),
 * downloaded after agency A's texts full of formulas went through the SOP to the archive: no cell may begin with
 * what a spreadsheet evaluates ({@code = + - @}, tab, carriage return) unless it is a plain number.
 */
final class FormulaExports {

    private static final String CHECK = "exports: formula cells";

    /** Text of every payload that survives any neutralising prefix: how the check knows an export carries them. */
    private static final List<String> MARKERS = List.of("HYPERLINK", "cmd|", "SUM(1+1)", "1+1");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)*%?");
    /** The values the exports' choice parameters take; a new export's parameter must be added here. */
    private static final Map<String, List<String>> CHOICES = Map.of(
            "type", List.of("collection", "measurement"),
            "format", List.of("csv"));

    private final Suite suite;
    private final Resources archived;

    FormulaExports(Suite suite) {
        this.suite = suite;
        this.archived = suite.agencies().archived;
    }

    void run() {
        List<Operation> exports = suite.operations().stream().filter(Operation::answersCsv).toList();
        if (exports.isEmpty()) {
            suite.violation(CHECK, "no operation of any OpenAPI document answers text/csv");
        }
        for (Operation export : exports) {
            for (Map<String, String> choice : choices(export)) {
                download(export, choice);
            }
        }
    }

    private void download(Operation export, Map<String, String> choice) {
        String pathAndQuery = archived.path(export) + Resources.queryString(archived.query(export, choice));
        Probe.Answer answer = null;
        for (String token : readers()) {
            answer = suite.send(CHECK, suite.requests().call(export, pathAndQuery, token, "text/csv"));
            if (answer.succeeded()) {
                break;
            }
        }
        String what = export + " " + choice;
        if (!answer.succeeded()) {
            suite.violation(CHECK, what + ": no reader of agency A could download it: " + answer.describe());
            return;
        }
        int carried = 0;
        for (CSVRecord row : parse(answer.text())) {
            for (String cell : row) {
                if (MARKERS.stream().anyMatch(cell::contains)) {
                    carried++;
                }
                if (evaluated(cell)) {
                    suite.violation(CHECK, what + " row " + row.getRecordNumber() + ": " + cell);
                }
            }
        }
        if (carried == 0) {
            suite.violation(CHECK, what + " carries none of the texts typed in: the check proved nothing");
        }
    }

    /** Whether a spreadsheet would evaluate the cell: a neutralised one starts with an apostrophe. */
    static boolean evaluated(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
    }

    /** Whoever may read the export: agency A's roles, each division's operator, the regency's auditor. */
    private static List<String> readers() {
        List<String> readers = new ArrayList<>();
        for (String role : List.of("HEAD", "SAKIP_TEAM", "INTEGRATION")) {
            readers.add(DevTokens.mint(role, Agencies.A));
        }
        readers.add(DevTokens.mint("OPERATOR", Agencies.A, Agencies.OWN_DIVISION));
        readers.add(DevTokens.mint("REGENCY_AUDITOR", "INSPEKTORAT"));
        return readers;
    }

    /** Every combination of the export's choice parameters. */
    private static List<Map<String, String>> choices(Operation export) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Parameter parameter : export.in("query")) {
            List<String> values = CHOICES.get(parameter.name());
            if (values == null) {
                continue;
            }
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : values) {
                    Map<String, String> next = new LinkedHashMap<>(combination);
                    next.put(parameter.name(), value);
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    private static List<CSVRecord> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        try {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
