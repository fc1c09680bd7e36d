package id.go.kinerja.faulttest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.infrastructure.EmbeddedPostgresServer;
import id.go.kinerja.systemtest.SystemUnderTest.Running;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost, nothing is applied twice, whatever fails. For each fault, a burst of recaps of
 * several agencies and quarters goes through the SOP over REST (every 4th returned once by the Secretary); once a few
 * are submitted the fault is injected, then healed. At the end of the burst every request that was answered 2xx has
 * its effect exactly once (one measurement per submitted revision, one archive record per disposed recap), no event
 * is on a dead-letter topic, every outbox is drained and every consumer group has read everything.
 *
 * <p>PostgreSQL (durable, as in the local run) and the Kafka broker are processes of their own, so that each can be
 * killed alone; the four services are their packaged jars, as in the system test. The table it prints is in
 * {@code docs/reliability.md}.
 */
class FaultSuiteIT {

    private static final int AGENCIES = 5;
    private static final int QUARTERS = 2;
    /** The fault comes once this many recaps of the burst have been submitted: mid-burst. */
    private static final int SUBMITTED_BEFORE_THE_FAULT = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofMinutes(2);

    private static EmbeddedPostgresServer postgres;
    private static KafkaBrokerProcess kafka;
    private static Running system;
    private static Effects effects;

    /** A fault, injected and healed: returns once it is over (the process back, the database open again). */
    interface Injection {
        void injectAndHeal() throws Exception;
    }

    record Fault(String name, Injection injection) {
    }

    @BeforeAll
    static void startTheSystem() throws IOException {
        Path data = Path.of(System.getProperty("kinerja.fault-data", "target/fault-test-data"));
        deleteRecursively(data);
        Path logs = Files.createDirectories(Path.of(System.getProperty("kinerja.logs", "target/fault-test-logs")));
        postgres = EmbeddedPostgresServer.startPersistent(Running.freePort(), data.resolve("postgres"));
        kafka = KafkaBrokerProcess.start(data.resolve("kafka"), logs);
        system = Running.startServices(postgres, kafka.bootstrapServers());
        effects = new Effects(system);
    }

    @AfterAll
    static void stopTheSystem() {
        try {
            if (system != null) {
                system.close();
            }
        } finally {
            try {
                if (kafka != null) {
                    kafka.close();
                }
            } finally {
                if (postgres != null) {
                    postgres.close();
                }
            }
        }
    }

    @Test
    void everyAcknowledgedRequestHasItsEffectExactlyOnceThroughEveryFault() throws Exception {
        List<Fault> faults = List.of(
                new Fault("collection-service kill -9, restarted", () -> {
                    system.kill(Service.COLLECTION);
                    system.startAgain(Service.COLLECTION);
                }),
                new Fault("PostgreSQL kill -9 (postmaster), restarted", () -> {
                    postgres.crash();
                    postgres.restartAfterCrash();
                }),
                new Fault("Kafka broker kill -9, restarted after 10 s", () -> {
                    kafka.kill();
                    Thread.sleep(10_000);
                    kafka.startAgain();
                }),
                new Fault("measurement database refusing connections for 30 s", () -> refuseConnections(Service.MEASUREMENT)),
                new Fault("archive backends terminated every 0.2 s for 30 s", () -> terminateBackends(Service.ARCHIVE)),
                new Fault("consumer groups reset to earliest (services stopped, restarted)", FaultSuiteIT::resetConsumerGroups));

        List<FaultReport> reports = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            reports.add(run(faults.get(i), "F" + (i + 1)));
        }

        String table = FaultReport.table(reports);
        System.out.println(table);
        Files.writeString(Path.of(System.getProperty("kinerja.logs", "target/fault-test-logs")).resolve("fault-table.md"),
                table);
        List<String> problems = reports.stream().flatMap(report -> report.problems().stream()).toList();
        assertTrue(problems.isEmpty(), table + "\n" + String.join("\n", problems));
    }

    private static FaultReport run(Fault fault, String agencyPrefix) throws Exception {
        System.out.println("Fault " + agencyPrefix + ": " + fault.name());
        long deadLettersBefore = effects.deadLetters();
        Burst burst = Burst.of(system, agencyPrefix, AGENCIES, QUARTERS);
        burst.start();
        burst.awaitSubmitted(SUBMITTED_BEFORE_THE_FAULT);
        fault.injection().injectAndHeal();
        Instant healed = Instant.now();
        burst.awaitEnd();

        Instant deadline = Instant.now().plus(SETTLE);
        int unsent = effects.unsentOutboxEvents();
        long lag = effects.consumerLag();
        while ((unsent > 0 || lag > 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            unsent = effects.unsentOutboxEvents();
            lag = effects.consumerLag();
        }
        Duration recovery = Duration.between(healed, Instant.now());
        return FaultReport.of(fault.name(), burst, effects, effects.deadLetters() - deadLettersBefore, unsent, lag, recovery);
    }

    /** ALTER DATABASE … ALLOW_CONNECTIONS false and its backends terminated, for 30 s; then open again. */
    private static void refuseConnections(Service service) throws InterruptedException {
        try (EmbeddedPostgresServer.Outage outage = postgres.refuseConnections(service.database())) {
            Thread.sleep(OUTAGE.toMillis());
        }
    }

    /** pg_terminate_backend on every connection of the service's database, every 0.2 s for 30 s. */
    private static void terminateBackends(Service service) throws Exception {
        Instant end = Instant.now().plus(OUTAGE);
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            while (Instant.now().isBefore(end)) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = '" + service.database() + "' and pid <> pg_backend_pid()");
                Thread.sleep(200);
            }
        }
    }

    /** The services stopped, every group's offsets set to the earliest, the services started: everything is redelivered. */
    private static void resetConsumerGroups() throws Exception {
        inParallel(system::stop);
        effects.resetConsumerGroupsToEarliest();
        inParallel(system::startAgain);
    }

    /** The action on the four services at once, as an orchestrator stops or starts them; fails if one failed. */
    private static void inParallel(Consumer<Service> action) {
        ExecutorService executor = Executors.newFixedThreadPool(Service.values().length);
        try {
            CompletableFuture.allOf(Stream.of(Service.values())
                    .map(service -> CompletableFuture.runAsync(() -> action.accept(service), executor))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            executor.shutdown();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
