package id.go.kinerja.archive.report;

import id.go.kinerja.archive.problem.ArchiveProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The two reports an agency hands in for an archived recap. */
public enum ReportType {
    COLLECTION("collection", "Laporan Hasil Pengumpulan Data Kinerja"),
    MEASUREMENT("measurement", "Laporan Hasil Pengukuran Kinerja");

    public final String parameter;
    public final String title;

    ReportType(String parameter, String title) {
        this.parameter = parameter;
        this.title = title;
    }

    public static ReportType of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            throw new InvalidInput("type", ArchiveProblem.text("report.requiredOneOf", choices()));
        }
        String wanted = parameter.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.parameter.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInput("type", ArchiveProblem.text("report.notOneOf", parameter, choices())));
    }

    private static String choices() {
        return Arrays.stream(values()).map(t -> t.parameter).collect(Collectors.joining(", "));
    }
}
