package id.go.kinerja.collection.imports;

import static io.restassured.RestAssured.given;

import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.infrastructure.EmbeddedPostgresServer;
import id.go.kinerja.infrastructure.TestKafkaBroker;
import id.go.kinerja.infrastructure.ZipBombs;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 13, section 5, not a timed test: the packaged collection-service, started with {@code -Xmx256m} against an
 * embedded PostgreSQL and Kafka, takes the worst uploads its limits allow and the worst they refuse, and its peak
 * resident memory (VmHWM of /proc/&lt;pid&gt;/status) is reported after each, with whether it still answers.
 * Package the service first, then run only this:
 * <pre>
 * ./mvnw -o -pl collection-service -am package -DskipTests
 * ./mvnw -o -pl collection-service -am verify -Dtest=UploadMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark=uploads
 * </pre>
 * The figures are in docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "uploads")
class UploadMemoryBenchmark {

    private static final String HEAP = "-Xmx256m";
    private static final int MAX_ROWS = 20_000;
    private static final String WORKSHEET = "/api/collection/rounds/{round}/worksheet";
    private static final String EVIDENCE = "/api/collection/rounds/{round}/entries/{code}/evidence";

    private static EmbeddedPostgresServer postgres;
    private static TestKafkaBroker kafka;
    private static Process service;
    private static Path log;

    @BeforeAll
    static void startTheServiceWithASmallHeap() throws IOException {
        postgres = EmbeddedPostgresServer.startEphemeral();
        postgres.createDatabases(List.of("collection"));
        kafka = TestKafkaBroker.start();
        int port = freePort();
        log = Files.createTempFile("collection-service-", ".log");
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path jar = root.resolve("collection-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -o -pl collection-service -am package -DskipTests");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, HEAP, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KINERJA_DB_URL", postgres.jdbcUrl("collection"));
        builder.environment().put("KINERJA_DB_USER", EmbeddedPostgresServer.USER);
        builder.environment().put("KINERJA_DB_PASSWORD", "");
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        builder.environment().put("KINERJA_JWT_PUBLIC_KEY_LOCATION",
                "file:" + root.resolve("deploy/local/dev-jwt/publicKey.pem"));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        service = builder.start();
        RestAssured.port = port;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!ready()) {
            if (!service.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("collection-service did not start; its log: " + log);
            }
            sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        RestAssured.reset();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theWorstUploadsKeepTheServiceWithinItsHeap() throws IOException {
        List<String> report = new ArrayList<>();
        step(report, line("started, idle", 0, 0, 0));
        TestAgency agency = ImportBenchmark.agencyWithDivisions();
        agency.as("ADMIN").contentType(PlanFiles.CSV).body(ImportBenchmark.planOfItems(MAX_ROWS))
                .when().post("/api/collection/imports/plan?year=2025").then().statusCode(200);
        agency.publish("PK", 2025, null).statusCode(201);
        String round = agency.openRound(2025, 1);
        step(report, line("plan of " + MAX_ROWS + " indicators imported, round opened", 0, 0, 0));

        byte[] largestCsv = ImportBenchmark.worksheet(PlanFiles.CSV, MAX_ROWS, 1);
        step(report, upload("worksheet CSV, " + MAX_ROWS + " rows (the limit), dry run", agency, round, PlanFiles.CSV,
                largestCsv, true));
        byte[] largestXlsx = ImportBenchmark.worksheet(PlanFiles.XLSX, MAX_ROWS, 2);
        step(report, upload("worksheet XLSX, " + MAX_ROWS + " rows (the limit), written", agency, round, PlanFiles.XLSX,
                largestXlsx, false));
        byte[] overCsv = ImportBenchmark.worksheet(PlanFiles.CSV, MAX_ROWS + 1, 3);
        step(report, upload("worksheet CSV, " + (MAX_ROWS + 1) + " rows (one over), dry run", agency, round, PlanFiles.CSV,
                overCsv, true));
        byte[] million = millionRows();
        step(report, upload("worksheet XLSX, 1,000,000 rows, dry run", agency, round, PlanFiles.XLSX, million, true));
        byte[] bomb = ZipBombs.xlsx(1L << 30);
        step(report, upload("worksheet XLSX zip bomb (1 GiB inflated)", agency, round, PlanFiles.XLSX, bomb, true));
        byte[] docx = ZipBombs.docx(1L << 30);
        long started = System.nanoTime();
        Response evidence = given().auth().oauth2(agency.token("OPERATOR", "PERDAGANGAN"))
                .multiPart("file", "laporan.docx", docx, "application/octet-stream")
                .when().post(EVIDENCE, round, ImportBenchmark.indicatorCode(0));
        step(report, line("evidence DOCX zip bomb (1 GiB inflated)", docx.length, evidence.statusCode(),
                System.nanoTime() - started));

        System.out.println("collection-service " + HEAP + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; pid " + service.pid());
        report.forEach(System.out::println);
        if (!service.isAlive() || !ready()) {
            throw new AssertionError("the service did not survive the uploads; its log: " + log);
        }
    }

    /** Printed at once too: on a busy machine the whole run takes many minutes. */
    private static void step(List<String> report, String line) {
        System.out.println(line);
        report.add(line);
    }

    private static String upload(String what, TestAgency agency, String round, String type, byte[] file, boolean dryRun) {
        long started = System.nanoTime();
        Response response = agency.as("OPERATOR", "PERDAGANGAN").contentType(type).body(file)
                .queryParam("dryRun", dryRun).when().post(WORKSHEET, round);
        return line(what, file.length, response.statusCode(), System.nanoTime() - started) + "; answer "
                + response.asByteArray().length + " bytes";
    }

    /** What was sent and answered, then the service's resident memory now and at its peak, and whether it is up. */
    private static String line(String what, long bytes, int status, long nanos) {
        return String.format(Locale.ROOT, "%-55s %,12d bytes  %3s  %6.1f s  RSS %4d MB  peak RSS %4d MB  %s", what,
                bytes, status == 0 ? "" : String.valueOf(status), nanos / 1e9, kilobytes("VmRSS") >> 10,
                kilobytes("VmHWM") >> 10, service.isAlive() && ready() ? "up" : "DOWN");
    }

    private static long kilobytes(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/" + service.pid() + "/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A million worksheet rows, written as a stream (the test JVM holds a hundred at a time). */
    private static byte[] millionRows() throws IOException {
        Path file = Files.createTempFile("million-", ".xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Realisasi");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("indicator_code");
            header.createCell(1).setCellValue("realisation");
            for (int r = 1; r <= 1_000_000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(ImportBenchmark.indicatorCode(r % MAX_ROWS));
                row.createCell(1).setCellValue(r % 100);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
        try {
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    private static boolean ready() {
        try {
            return given().when().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notYet) {
            // RestAssured throws the connection refusal of a service still starting as it is (a checked exception)
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Guards against a forgotten process: the surefire JVM ends it if the test does not. */
    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (service != null) {
                service.destroyForcibly();
            }
        }));
    }
}
