package id.go.kinerja.archive.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import id.go.kinerja.archive.Disposals;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 6's figure for the regency-wide export, not a timed test: how long exporting 20,000 and 100,000 rows takes,
 * and that the heap does not grow with the rows. Runs only when asked:
 * {@code ./mvnw -pl archive-service verify -Dtest=RegencyExportBenchmark -Dbenchmark=regency-export}.
 *
 * <p>The archive is seeded straight into the database (an agency of 500 indicators per quarter: 10 agencies for
 * 20,000 rows, 50 for 100,000), each record a valid sealed document: content hash and chain seals come from the
 * service's own {@link CanonicalJson} and {@link Seal}. Each export is taken twice: once as it runs (time, and the
 * highest heap use sampled), once with a full collection every 200 ms (the live heap, which is what would grow if
 * rows were kept).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "regency-export")
class RegencyExportBenchmark {

    private static final int INDICATORS = 500;
    private static final int SMALL_YEAR = 2901;
    private static final int LARGE_YEAR = 2902;
    private static final long MB = 1024 * 1024;

    @Test
    void exportsOneHundredThousandRowsInFlatMemory() throws Exception {
        long seeding = System.nanoTime();
        seed(SMALL_YEAR, 10);
        seed(LARGE_YEAR, 50);
        System.out.printf("seeded 60 agencies x 4 quarters x %d indicators in %d s%n", INDICATORS,
                (System.nanoTime() - seeding) / 1_000_000_000);

        export(SMALL_YEAR, "xlsx", false);
        for (int year : List.of(SMALL_YEAR, LARGE_YEAR)) {
            for (String format : List.of("xlsx", "csv")) {
                export(year, format, false);
                export(year, format, true);
            }
        }
        System.out.printf("max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() / MB,
                Runtime.getRuntime().availableProcessors());
    }

    private static void export(int year, String format, boolean forcedCollections) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/archive/regency/results?type=measurement&year=" + year + "&format=" + format))
                .header("Authorization", "Bearer " + DevTokens.mint(Roles.REGENCY_AUDITOR, "INSPEKTORAT"))
                .build();
        System.gc();
        long before = usedHeap();
        try (HeapWatch watch = new HeapWatch(forcedCollections)) {
            long started = System.nanoTime();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new AssertionError("export answered " + response.statusCode());
            }
            String rows = year == SMALL_YEAR ? "20,000" : "100,000";
            if (forcedCollections) {
                System.out.printf("%s rows %s: live heap (after full GC, every 200 ms) before %d MB, highest %d MB "
                        + "during the export (%d samples)%n", rows, format, before / MB, watch.highestAfterGc() / MB,
                        watch.samples());
            } else {
                System.out.printf("%s rows %s: %,d bytes in %,d ms; heap used before %d MB, highest sampled %d MB, "
                        + "highest after a collection %d MB%n", rows, format, bytes, millis, before / MB,
                        watch.highestUsed() / MB, watch.highestAfterGc() / MB);
            }
        }
    }

    /** {@code agencies} agencies, each with a recap of {@link #INDICATORS} indicators in each quarter of the year. */
    private static void seed(int year, int agencies) throws Exception {
        String sql = "insert into archive_record (id, agency_code, agency_name, recap_id, revision, round_id, year, quarter,"
                + " disposed_at, archived_at, event_id, document, content_hash, chain_position, previous_hash, seal)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)";
        try (Connection connection = Disposals.database(); PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            for (int a = 1; a <= agencies; a++) {
                String agency = String.format("BENCH%d-%02d", year, a);
                String previousHash = Seal.GENESIS;
                for (int quarter = 1; quarter <= 4; quarter++) {
                    Disposals.Disposal disposal = Disposals.newLargeRecap(agency, INDICATORS);
                    ObjectNode document = (ObjectNode) CanonicalJson.parse(disposal.json());
                    document.put("year", year);
                    document.put("quarter", quarter);
                    String json = document.toString();
                    String contentHash = CanonicalJson.sha256(json);
                    String seal = Seal.of(previousHash, contentHash);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, agency);
                    insert.setString(3, document.get("agencyName").asText());
                    insert.setObject(4, disposal.recapId());
                    insert.setInt(5, disposal.revision());
                    insert.setObject(6, UUID.fromString(document.get("roundId").asText()));
                    insert.setInt(7, year);
                    insert.setInt(8, quarter);
                    insert.setTimestamp(9, Timestamp.from(Instant.parse(document.at("/disposition/decidedAt").asText())));
                    insert.setTimestamp(10, Timestamp.from(Instant.now()));
                    insert.setObject(11, disposal.eventId());
                    insert.setString(12, json);
                    insert.setString(13, contentHash);
                    insert.setLong(14, quarter);
                    insert.setString(15, previousHash);
                    insert.setString(16, seal);
                    insert.addBatch();
                    previousHash = seal;
                }
                // an agency at a time: the test JVM may run with a small heap (-DargLine=-Xmx256m)
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Samples the heap every 20 ms and listens to every collection's heap-after; with {@code forced}, also asks
     * for a full collection every 200 ms, so the figures after a collection are the live heap.
     */
    private static final class HeapWatch implements AutoCloseable, NotificationListener {
        private final AtomicLong highestUsed = new AtomicLong();
        private final AtomicLong highestAfterGc = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final Thread sampler;
        private volatile boolean running = true;

        HeapWatch(boolean forced) {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) collector;
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
            sampler = new Thread(() -> {
                long tick = 0;
                while (running) {
                    highestUsed.accumulateAndGet(usedHeap(), Math::max);
                    if (forced && tick++ % 10 == 0) {
                        System.gc();
                        samples.incrementAndGet();
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            highestAfterGc.accumulateAndGet(after, Math::max);
        }

        long highestUsed() {
            return highestUsed.get();
        }

        long highestAfterGc() {
            return highestAfterGc.get();
        }

        long samples() {
            return samples.get();
        }

        @Override
        public void close() throws Exception {
            running = false;
            sampler.join();
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(this);
            }
        }
    }
}
