package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 4's import figures, not a timed test: the operator's worksheet upload of a round with 10,000 items and
 * a regency plan file of 50,000 rows, each as CSV and as XLSX, through HTTP into the embedded PostgreSQL. Prints
 * rows/s (median) and the heap the server JVM used for two file sizes. Runs only when asked:
 * {@code ./mvnw -o -pl collection-service -am verify -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark=imports}.
 */
@QuarkusTest
@TestProfile(ImportBenchmark.LargeFiles.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "imports")
class ImportBenchmark {

    private static final String WORKSHEET = "/api/collection/rounds/{round}/worksheet";
    private static final String PLAN_IMPORT = "/api/collection/imports/plan?year=2025";
    private static final int ITEMS = 10_000;
    private static final int PLAN_ROWS = 50_000;
    /** Uploads before the measured ones: a running service has compiled the upload's code paths long before. */
    private static final int WORKSHEET_WARM_UP = 5;
    private static final int WORKSHEET_RUNS = 7;
    private static final int PLAN_RUNS = 3;
    private static final List<String> PLAN_COLUMNS = PlanFiles.rows(PlanFiles.disdagtransCsv()).get(0);

    /**
     * The timed calls go through the JDK's client, as an integration would send a file: REST Assured formats every
     * request and response body for its failure log, which for a 5.8 MB file costs more CPU than the import.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI service;

    /** The test limit of 1 MB would refuse these files; the service's default (20M) takes them. */
    public static class LargeFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kinerja.import.max-size", "64M", "quarkus.http.test-timeout", "600s");
        }
    }

    /** Wall time, CPU time of this JVM (service and client; not PostgreSQL's), heap in MB. */
    private record Run(double seconds, double cpuSeconds, long peakMb, long afterGcMb) {
    }

    @Test
    void worksheetOfTenThousandItems() {
        System.out.printf("machine: %d cores, max heap %d MB, load %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, load());
        for (String type : List.of(PlanFiles.CSV, PlanFiles.XLSX)) {
            TestAgency agency = agencyWithItems(ITEMS);
            String round = agency.openRound(2025, 1);
            for (int warmUp = 1; warmUp <= WORKSHEET_WARM_UP; warmUp++) {
                byte[] file = worksheet(type, ITEMS, 100 + warmUp);
                measure(() -> upload(agency, round, type, file));
            }
            List<Run> runs = new ArrayList<>();
            for (int run = 1; run <= WORKSHEET_RUNS; run++) {
                byte[] file = worksheet(type, ITEMS, run);
                runs.add(measure(() -> upload(agency, round, type, file)));
            }
            report("worksheet " + name(type) + ", " + ITEMS + " rows (all UPDATED), " + worksheet(type, ITEMS, 1).length
                    + " bytes", ITEMS, runs);
            TestAgency small = agencyWithItems(ITEMS / 4);
            String smallRound = small.openRound(2025, 1);
            upload(small, smallRound, type, worksheet(type, ITEMS / 4, 0));
            byte[] smallFile = worksheet(type, ITEMS / 4, 1);
            report("worksheet " + name(type) + ", " + ITEMS / 4 + " rows, " + smallFile.length + " bytes", ITEMS / 4,
                    List.of(measure(() -> upload(small, smallRound, type, smallFile))));
        }
        System.out.printf("load after: %s%n", load());
    }

    @Test
    void regencyPlanOfFiftyThousandRows() {
        System.out.printf("machine: %d cores, max heap %d MB, load %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, load());
        for (String type : List.of(PlanFiles.CSV, PlanFiles.XLSX)) {
            byte[] file = plan(type, PLAN_ROWS);
            importPlan(agencyWithDivisions(), type, file);
            List<Run> created = new ArrayList<>();
            List<Run> unchanged = new ArrayList<>();
            for (int run = 1; run <= PLAN_RUNS; run++) {
                TestAgency agency = agencyWithDivisions();
                created.add(measure(() -> importPlan(agency, type, file)));
                unchanged.add(measure(() -> importPlan(agency, type, file)));
            }
            report("plan " + name(type) + ", " + PLAN_ROWS + " rows CREATED, " + file.length + " bytes", PLAN_ROWS, created);
            report("plan " + name(type) + ", " + PLAN_ROWS + " rows UNCHANGED (same file again)", PLAN_ROWS, unchanged);
            byte[] small = plan(type, PLAN_ROWS / 4);
            TestAgency agency = agencyWithDivisions();
            report("plan " + name(type) + ", " + PLAN_ROWS / 4 + " rows CREATED, " + small.length + " bytes", PLAN_ROWS / 4,
                    List.of(measure(() -> importPlan(agency, type, small))));
        }
        System.out.printf("load after: %s%n", load());
    }

    /** Time, the heap pools' peak during the call and the heap in use after a GC, both above the level before. */
    private static Run measure(Supplier<HttpResponse<String>> call) {
        System.gc();
        long before = usedHeap();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = cpuNanos();
        long started = System.nanoTime();
        HttpResponse<String> response = call.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        return new Run(seconds, cpuSeconds, (peak - before) >> 20, (usedHeap() - before) >> 20);
    }

    private static void report(String what, int rows, List<Run> runs) {
        List<Double> rates = runs.stream().map(run -> rows / run.seconds()).sorted().toList();
        List<Double> perCpu = runs.stream().map(run -> rows / run.cpuSeconds()).sorted().toList();
        System.out.printf(Locale.ROOT, "%s: median %,.0f rows/s of %s (%,.0f rows per JVM CPU second); peak heap above "
                        + "baseline %s MB, after GC %s MB%n",
                what, rates.get(rates.size() / 2),
                runs.stream().map(run -> String.format(Locale.ROOT, "%.2f s", run.seconds())).toList(),
                perCpu.get(perCpu.size() / 2),
                runs.stream().map(Run::peakMb).toList(), runs.stream().map(Run::afterGcMb).toList());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String name(String type) {
        return type.equals(PlanFiles.CSV) ? "CSV" : "XLSX";
    }

    private HttpResponse<String> upload(TestAgency agency, String round, String type, byte[] file) {
        return post(WORKSHEET.replace("{round}", round), agency.token("OPERATOR", "PERDAGANGAN"), type, file);
    }

    private HttpResponse<String> importPlan(TestAgency agency, String type, byte[] file) {
        return post(PLAN_IMPORT, agency.token("ADMIN"), type, file);
    }

    private HttpResponse<String> post(String path, String token, String type, byte[] file) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static TestAgency agencyWithDivisions() {
        TestAgency agency = new TestAgency();
        PlanFiles.DIVISIONS.forEach((code, name) -> agency.as("ADMIN").body(Map.of("code", code, "name", name))
                .when().post("/api/collection/divisions").then().statusCode(201));
        return agency;
    }

    /** One goal with the given number of quarterly indicators of PERDAGANGAN, imported as a plan CSV. */
    private TestAgency agencyWithItems(int items) {
        TestAgency agency = agencyWithDivisions();
        HttpResponse<String> response = importPlan(agency, PlanFiles.CSV, planOfItems(items));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("plan import answered " + response.statusCode());
        }
        // a round is opened on the published performance agreement (PK)
        agency.publish("PK", 2025, null).statusCode(201);
        return agency;
    }

    /** A plan CSV of one goal with the given number of quarterly indicators of PERDAGANGAN. */
    static byte[] planOfItems(int items) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(PLAN_COLUMNS);
        rows.add(planRow("GOAL", "T1", "", "Meningkatnya kinerja perdagangan", ""));
        for (int i = 0; i < items; i++) {
            rows.add(indicatorRow("T1", i, "PERDAGANGAN"));
        }
        return PlanFiles.csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    /** indicator_code, realisation, note: the columns a worksheet upload reads. */
    static byte[] worksheet(String type, int items, int run) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("indicator_code", "realisation", "note"));
        for (int i = 0; i < items; i++) {
            rows.add(List.of(indicatorCode(i), (run * 10 + i % 7) + "." + (i % 100), "Laporan triwulan, putaran " + run));
        }
        return type.equals(PlanFiles.CSV) ? PlanFiles.csv(rows).getBytes(StandardCharsets.UTF_8) : PlanFiles.xlsx(rows);
    }

    /**
     * A regency's plan: 10 tujuan, 20 sasaran, 100 program, 1,000 kegiatan, 5,000 sub kegiatan with pagu, and
     * indicators spread over them to make up the row count.
     */
    private static byte[] plan(String type, int total) {
        int scale = Math.max(1, total / PLAN_ROWS);
        int programs = Math.max(4, 100 * total / PLAN_ROWS / scale);
        List<List<String>> rows = new ArrayList<>();
        rows.add(PLAN_COLUMNS);
        List<String> nodes = new ArrayList<>();
        for (int g = 1; g <= 10; g++) {
            rows.add(planRow("GOAL", "T" + g, "", "Tujuan " + g, ""));
            nodes.add("T" + g);
        }
        for (int s = 1; s <= 20; s++) {
            rows.add(planRow("OBJECTIVE", "S" + s, "T" + ((s - 1) % 10 + 1), "Sasaran " + s, ""));
            nodes.add("S" + s);
        }
        for (int p = 1; p <= programs; p++) {
            String program = String.format(Locale.ROOT, "1.%02d.%03d", p % 20, p);
            rows.add(planRow("PROGRAM", program, "S" + ((p - 1) % 20 + 1), "Program " + p, "50000000"));
            nodes.add(program);
            for (int a = 1; a <= 10; a++) {
                String activity = program + ".2." + String.format(Locale.ROOT, "%02d", a);
                rows.add(planRow("ACTIVITY", activity, program, "Kegiatan " + p + "." + a, "5000000"));
                nodes.add(activity);
                for (int u = 1; u <= 5; u++) {
                    String sub = activity + "." + String.format(Locale.ROOT, "%04d", u);
                    rows.add(planRow("SUB_ACTIVITY", sub, activity, "Sub kegiatan " + p + "." + a + "." + u, "1000000"));
                    nodes.add(sub);
                }
            }
        }
        List<String> divisions = List.copyOf(PlanFiles.DIVISIONS.keySet());
        for (int i = 0; rows.size() <= total; i++) {
            rows.add(indicatorRow(nodes.get(i % nodes.size()), i, divisions.get(i % divisions.size())));
        }
        return type.equals(PlanFiles.CSV) ? PlanFiles.csv(rows).getBytes(StandardCharsets.UTF_8) : PlanFiles.xlsx(rows);
    }

    private static List<String> planRow(String level, String code, String parent, String name, String ceiling) {
        List<String> row = new ArrayList<>(List.of(level, code, parent, name, ceiling));
        while (row.size() < PLAN_COLUMNS.size()) {
            row.add("");
        }
        return row;
    }

    private static List<String> indicatorRow(String node, int i, String division) {
        return List.of("", node, "", "", "", indicatorCode(i), "Indikator kinerja " + i, "dokumen", division, "POSITIVE",
                "NUMBER", "QUARTERLY", "SUM", "10", "20", "30", "40", "");
    }

    static String indicatorCode(int i) {
        return String.format(Locale.ROOT, "IK-%05d", i);
    }
}
