package id.go.kinerja.archive.report;

import id.go.kinerja.archive.problem.ArchiveProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a report is rendered in. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8"),
    JSON("json", "application/json");

    public final String parameter;
    public final String mediaType;

    ReportFormat(String parameter, String mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    public static ReportFormat of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            throw new InvalidInput("format", ArchiveProblem.text("report.requiredOneOf", choices()));
        }
        String wanted = parameter.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.parameter.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInput("format", ArchiveProblem.text("report.notOneOf", parameter, choices())));
    }

    private static String choices() {
        return Arrays.stream(values()).map(f -> f.parameter).collect(Collectors.joining(", "));
    }
}
