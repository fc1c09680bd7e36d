package id.go.kinerja.systemtest.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the suite found: the number of requests, and per check the 5xx answers, the error answers that are not
 * problem+json and the violations of the check's own rule. {@link #summary()} is the line the build log shows.
 */
final class Findings {

    /** How many examples of each kind the report shows per check. */
    private static final int EXAMPLES = 8;

    private enum Kind { SERVER_ERROR, BARE_ERROR, VIOLATION }

    private record Finding(String check, Kind kind, String what) {
    }

    private final List<Finding> found = new ArrayList<>();
    private int requests;

    void counted() {
        requests++;
    }

    void serverError(String check, String what) {
        found.add(new Finding(check, Kind.SERVER_ERROR, what));
    }

    void bareError(String check, String what) {
        found.add(new Finding(check, Kind.BARE_ERROR, what));
    }

    void violation(String check, String what) {
        found.add(new Finding(check, Kind.VIOLATION, what));
    }

    boolean clean() {
        return found.isEmpty();
    }

    String summary() {
        return "Security suite: " + requests + " requests, " + count(Kind.SERVER_ERROR) + " 5xx, "
                + count(Kind.BARE_ERROR) + " non-problem error responses, " + count(Kind.VIOLATION) + " violations";
    }

    /** The summary line, and when anything was found a table per check with the first examples of each. */
    String report() {
        StringBuilder report = new StringBuilder(summary());
        if (found.isEmpty()) {
            return report.toString();
        }
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        found.forEach(finding -> byCheck.computeIfAbsent(finding.check(), ignored -> new ArrayList<>()).add(finding));
        report.append(String.format("%n%n%-40s %6s %6s %10s%n", "check", "5xx", "bare", "violations"));
        byCheck.forEach((check, findings) -> report.append(String.format("%-40s %6d %6d %10d%n", check,
                count(findings, Kind.SERVER_ERROR), count(findings, Kind.BARE_ERROR), count(findings, Kind.VIOLATION))));
        byCheck.forEach((check, findings) -> {
            report.append("\n").append(check).append(":\n");
            for (Kind kind : Kind.values()) {
                List<Finding> ofKind = findings.stream().filter(finding -> finding.kind() == kind).toList();
                ofKind.stream().limit(EXAMPLES).forEach(finding ->
                        report.append("  ").append(label(kind)).append(finding.what()).append('\n'));
                if (ofKind.size() > EXAMPLES) {
                    report.append("  ").append(label(kind)).append("… and ").append(ofKind.size() - EXAMPLES)
                            .append(" more\n");
                }
            }
        });
        return report.toString();
    }

    private long count(Kind kind) {
        return count(found, kind);
    }

    private static long count(List<Finding> findings, Kind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).count();
    }

    private static String label(Kind kind) {
        return switch (kind) {
            case SERVER_ERROR -> "5xx        ";
            case BARE_ERROR -> "not problem ";
            case VIOLATION -> "violation  ";
        };
    }
}
