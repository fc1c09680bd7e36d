package id.go.kinerja.faulttest;

import static id.go.kinerja.systemtest.SystemUnderTest.Service.APPROVAL;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.ARCHIVE;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.COLLECTION;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.MEASUREMENT;
import static io.restassured.RestAssured.given;

import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.systemtest.SystemUnderTest.Running;
import id.go.kinerja.systemtest.SystemUnderTest.Service;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Recaps of several agencies and quarters driven through the SOP over REST, as the people of the agencies would,
 * several at a time: the Head opens the round (A1), the Secretary and the team prepare it (A2-A5) and the measurement
 * (B1-B4), operators enter, division heads verify, the team submits (A8-A9), the Secretary approves (every 4th recap
 * is first returned once, one item back to COLLECTION, re-entered and resubmitted as revision 2), the Head records
 * the disposition and the archive stores it.
 *
 * <p>While a fault lasts, requests fail (no answer, 5xx) and are repeated, as a person or a front end would; an answer
 * 409 after an attempt whose outcome is unknown means that attempt did it. What each recap got acknowledged is
 * recorded so that the suite can check its effect at the end.
 */
final class Burst {

    static final int YEAR = 2025;
    private static final String DIVISION = "UMUM";
    private static final String RETURNED_ITEM = "IKU-01";
    /** How long one REST call is repeated through an outage, and how long an effect may take to travel over Kafka. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration STAGGER = Duration.ofSeconds(2);
    private static final RestAssuredConfig REST = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000)
            .setParam("http.socket.timeout", 30_000));

    /** One recap of the burst: its agency and quarter, and what its requests got acknowledged. */
    static final class Recap {
        final String agency;
        final int quarter;
        final boolean returnedOnce;
        volatile UUID roundId;
        volatile UUID recapId;
        /** Revisions whose submit was acknowledged (2xx, or done by an attempt an outage cut off). */
        volatile int submittedRevisions;
        volatile boolean disposed;
        volatile String unfinished;

        Recap(String agency, int quarter, boolean returnedOnce) {
            this.agency = agency;
            this.quarter = quarter;
            this.returnedOnce = returnedOnce;
        }

        @Override
        public String toString() {
            return agency + " " + YEAR + " Q" + quarter + (recapId == null ? "" : " (recap " + recapId + ")");
        }
    }

    private final Running system;
    private final List<Recap> recaps = new ArrayList<>();
    private final CountDownLatch firstSubmits;
    private ExecutorService workers;

    private Burst(Running system, List<Recap> recaps) {
        this.system = system;
        this.recaps.addAll(recaps);
        this.firstSubmits = new CountDownLatch(recaps.size());
    }

    /** {@code agencies} × {@code quarters} recaps; agency codes start with {@code prefix}, unique per burst. */
    static Burst of(Running system, String prefix, int agencies, int quarters) {
        List<Recap> recaps = new ArrayList<>();
        for (int a = 1; a <= agencies; a++) {
            for (int q = 1; q <= quarters; q++) {
                recaps.add(new Recap(prefix + "-DINAS" + a, q, (recaps.size() + 1) % 4 == 0));
            }
        }
        return new Burst(system, recaps);
    }

    List<Recap> recaps() {
        return recaps;
    }

    /**
     * Loads each agency's plan and publishes its performance agreement, then starts the recaps' loops one every
     * {@link #STAGGER}, so that the fault finds some recaps submitted and others still being entered.
     */
    void start() {
        recaps.stream().map(recap -> recap.agency).distinct().forEach(this::adminLoadsThePlan);
        workers = Executors.newFixedThreadPool(recaps.size());
        for (int i = 0; i < recaps.size(); i++) {
            Recap recap = recaps.get(i);
            long delay = STAGGER.toMillis() * i;
            workers.submit(() -> {
                pause(delay);
                runLoop(recap);
            });
        }
    }

    /** Waits until {@code count} recaps have been submitted once: the burst is under way. */
    void awaitSubmitted(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (recaps.size() - firstSubmits.getCount() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    /** Waits until every recap's loop ended: disposed and archived, or given up (see {@link Recap#unfinished}). */
    void awaitEnd() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(15, TimeUnit.MINUTES)) {
            workers.shutdownNow();
        }
    }

    private void runLoop(Recap recap) {
        try {
            sop(recap);
        } catch (Exception | AssertionError e) {
            // REST Assured (Groovy) throws checked exceptions such as ConnectException undeclared
            recap.unfinished = e.toString();
        } finally {
            if (recap.submittedRevisions == 0) {
                firstSubmits.countDown();
            }
        }
    }

    private void sop(Recap recap) {
        String agency = recap.agency;
        recap.roundId = headOpensTheRound(recap);
        List<Map<String, Object>> items = call("A1 round of " + recap, () -> as(token("SECRETARY", agency), COLLECTION)
                .get("/api/collection/rounds/{id}", recap.roundId)).jsonPath().getList("items");
        secretaryAndTeamPrepareTheCollection(recap);
        headSecretaryAndTeamPrepareTheMeasurement(recap);
        for (Map<String, Object> item : items) {
            operatorEntersAndDivisionHeadVerifies(recap, (String) item.get("indicatorCode"), 10);
        }
        teamSubmits(recap, 1);
        firstSubmits.countDown();
        recap.recapId = awaitInTheSecretarysInbox(recap, 1);
        int revision = 1;
        if (recap.returnedOnce) {
            secretaryReturnsOneItem(recap, items);
            awaitReopened(recap);
            operatorEntersAndDivisionHeadVerifies(recap, RETURNED_ITEM, 12);
            teamSubmits(recap, 2);
            revision = 2;
            awaitInTheSecretarysInbox(recap, 2);
        }
        secretaryApproves(recap, items, revision);
        call("A11 disposition of " + recap, () -> as(token("HEAD", agency), APPROVAL)
                .body(Map.of("text", "Lanjutkan ke arsip")).post("/api/approval/recaps/{id}/disposition", recap.recapId));
        recap.disposed = true;
        eventually("archive stores " + recap, () -> !as(token("HEAD", agency), ARCHIVE).queryParam("recapId", recap.recapId)
                .get("/api/archive/records").then().statusCode(200).extract().jsonPath().getList("items").isEmpty());
    }

    /** A plan of one goal, one objective and two quarterly indicators of one division; published as the year's PK. */
    private void adminLoadsThePlan(String agency) {
        List<Map<String, Object>> targets = List.of(1, 2, 3, 4).stream()
                .map(q -> Map.<String, Object>of("quarter", q, "value", 10)).toList();
        Map<String, Object> plan = Map.of(
                "agencyName", "Dinas uji gangguan " + agency,
                "divisions", List.of(Map.of("code", DIVISION, "name", "Bagian Umum")),
                "nodes", List.of(
                        Map.of("code", "T1", "level", "GOAL", "name", "Meningkatnya pelayanan publik"),
                        Map.of("code", "S1", "level", "OBJECTIVE", "name", "Meningkatnya kepuasan masyarakat",
                                "parentCode", "T1")),
                "indicators", List.of(indicator(RETURNED_ITEM, "Jumlah layanan terselesaikan", targets),
                        indicator("IKU-02", "Jumlah pengaduan ditindaklanjuti", targets)));
        call("plan of " + agency, () -> as(token("ADMIN", agency), COLLECTION).body(plan)
                .put("/api/collection/plan/{year}", YEAR));
        call("PK of " + agency, () -> as(token("SAKIP_TEAM", agency), COLLECTION)
                .body(Map.of("kind", "PK", "year", YEAR, "documentNumber", "800/001/" + agency + "/" + YEAR))
                .post("/api/collection/plan/versions"));
    }

    private static Map<String, Object> indicator(String code, String name, List<Map<String, Object>> targets) {
        return Map.of("code", code, "name", name, "unit", "layanan", "nodeCode", "S1", "divisionCode", DIVISION,
                "polarity", "POSITIVE", "valueType", "NUMBER", "frequency", "QUARTERLY", "periodAggregation", "SUM",
                "targets", targets);
    }

    /** A1; if an attempt an outage cut off opened it, the round is found in the list of the period. */
    private UUID headOpensTheRound(Recap recap) {
        Response opened = call("A1 " + recap, () -> as(token("HEAD", recap.agency), COLLECTION)
                .body(Map.of("year", YEAR, "quarter", recap.quarter,
                        "memo", Map.of("number", "800/" + recap.quarter + "/" + recap.agency, "date", "2025-04-01")))
                .post("/api/collection/rounds"));
        if (opened.statusCode() == 201) {
            return UUID.fromString(opened.path("roundId"));
        }
        return UUID.fromString(call("rounds of " + recap, () -> as(token("HEAD", recap.agency), COLLECTION)
                .queryParam("year", YEAR).queryParam("quarter", recap.quarter)
                .get("/api/collection/rounds")).path("items[0].roundId"));
    }

    private void secretaryAndTeamPrepareTheCollection(Recap recap) {
        String steps = "/api/collection/rounds/{round}/steps/{step}";
        call("A2 " + recap, () -> as(token("SECRETARY", recap.agency), COLLECTION)
                .body(Map.of("date", "2025-04-02", "attendees", List.of("Sekretaris", "Ketua Tim SAKIP"),
                        "summary", "Pengumpulan data dalam dua hari kerja"))
                .post(steps, recap.roundId, "A2"));
        call("A3 " + recap, () -> as(token("SAKIP_TEAM", recap.agency), COLLECTION)
                .body(Map.of("activities", List.of(Map.of("activity", "Pengarahan operator", "start", "2025-04-03",
                        "end", "2025-04-03", "responsible", "Tim SAKIP"))))
                .post(steps, recap.roundId, "A3"));
        List<Map<String, Object>> documents = List.of("PK", "IKU", "DPA", "ACTIVITY_EVIDENCE", "SURVEY_RESULTS",
                "EVALUATION_REPORTS", "SAKIP_ASSESSMENT", "DATA_COLLECTION_FORM").stream()
                .map(kind -> Map.<String, Object>of("kind", kind, "status", "AVAILABLE")).toList();
        call("A4 " + recap, () -> as(token("SAKIP_TEAM", recap.agency), COLLECTION).body(Map.of("documents", documents))
                .post(steps, recap.roundId, "A4"));
        call("A5 " + recap, () -> as(token("SAKIP_TEAM", recap.agency), COLLECTION)
                .body(Map.of("date", "2025-04-03", "divisions",
                        List.of(Map.of("divisionCode", DIVISION, "attendees", List.of("operator umum")))))
                .post(steps, recap.roundId, "A5"));
    }

    private void headSecretaryAndTeamPrepareTheMeasurement(Recap recap) {
        String steps = "/api/measurement/rounds/{year}/{quarter}/steps/{step}";
        call("B1 " + recap, () -> as(token("HEAD", recap.agency), MEASUREMENT)
                .body(Map.of("number", "800/113/" + recap.agency, "date", "2025-04-01"))
                .post(steps, YEAR, recap.quarter, "B1"));
        call("B2 " + recap, () -> as(token("SECRETARY", recap.agency), MEASUREMENT)
                .body(Map.of("date", "2025-04-02", "attendees", List.of("Sekretaris", "Ketua Tim SAKIP"),
                        "summary", "Pengukuran setelah data terverifikasi"))
                .post(steps, YEAR, recap.quarter, "B2"));
        call("B3 " + recap, () -> as(token("SAKIP_TEAM", recap.agency), MEASUREMENT)
                .body(Map.of("activities", List.of(Map.of("activity", "Kertas kerja pengukuran",
                        "start", "2025-04-03", "end", "2025-04-04", "responsible", "Tim SAKIP"))))
                .post(steps, YEAR, recap.quarter, "B3"));
        call("B4 " + recap, () -> as(token("SAKIP_TEAM", recap.agency), MEASUREMENT)
                .body(Map.of("note", "Metodologi ditetapkan"))
                .post(steps, YEAR, recap.quarter, "B4"));
    }

    /** A6-A7 for one item. */
    private void operatorEntersAndDivisionHeadVerifies(Recap recap, String code, int value) {
        String operator = token("OPERATOR", recap.agency, DIVISION);
        call("A6 " + code + " of " + recap, () -> {
            // on the version read (If-Match its ETag); a retry reads again, so it enters on what is there then
            Response read = as(operator, COLLECTION)
                    .get("/api/collection/rounds/{round}/entries/{code}", recap.roundId, code);
            if (read.statusCode() != 200) {
                return read;
            }
            return as(operator, COLLECTION).header("If-Match", read.header("ETag"))
                    .body(Map.of("value", value, "note", "Sesuai laporan bagian"))
                    .put("/api/collection/rounds/{round}/entries/{code}", recap.roundId, code);
        });
        call("A7 " + code + " of " + recap, () -> as(token("DIVISION_HEAD", recap.agency, DIVISION), COLLECTION)
                .body(Map.of("decision", "VERIFY"))
                .post("/api/collection/rounds/{round}/entries/{code}/verification", recap.roundId, code));
    }

    /** A8-A9: the submit of a revision; acknowledged once it answered 201 (or an attempt cut off did it). */
    private void teamSubmits(Recap recap, int revision) {
        call("A8-A9 revision " + revision + " of " + recap, () -> as(token("SAKIP_TEAM", recap.agency), COLLECTION)
                .post("/api/collection/rounds/{round}/recap", recap.roundId));
        recap.submittedRevisions = revision;
    }

    /** B5-B7: the revision is measured and in the Secretary's inbox; returns the recap's id. */
    private UUID awaitInTheSecretarysInbox(Recap recap, int revision) {
        UUID[] found = new UUID[1];
        eventually("revision " + revision + " of " + recap + " in the Secretary's inbox", () -> {
            List<Map<String, Object>> inbox = as(token("SECRETARY", recap.agency), APPROVAL).get("/api/approval/inbox")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            Optional<Map<String, Object>> entry = inbox.stream()
                    .filter(e -> recap.roundId.toString().equals(e.get("roundId"))
                            && revision == ((Number) e.get("revision")).intValue())
                    .findFirst();
            entry.ifPresent(e -> found[0] = UUID.fromString((String) e.get("recapId")));
            return entry.isPresent();
        });
        return found[0];
    }

    /** A10: one item back to COLLECTION with its reason, the other accepted. */
    private void secretaryReturnsOneItem(Recap recap, List<Map<String, Object>> items) {
        List<Map<String, Object>> decisions = items.stream().map(item -> (String) item.get("indicatorCode"))
                .map(code -> RETURNED_ITEM.equals(code)
                        ? Map.<String, Object>of("indicatorCode", code, "decision", "RETURNED", "returnTo", "COLLECTION",
                                "reason", "Bukti dukung belum lengkap")
                        : Map.<String, Object>of("indicatorCode", code, "decision", "ACCEPTED"))
                .toList();
        call("A10 decisions of " + recap, () -> as(token("SECRETARY", recap.agency), APPROVAL)
                .body(Map.of("revision", 1, "decisions", decisions))
                .put("/api/approval/recaps/{id}/decisions", recap.recapId));
        call("A10 return of " + recap, () -> as(token("SECRETARY", recap.agency), APPROVAL)
                .body(Map.of("revision", 1, "note", "Satu indikator perlu diperbaiki"))
                .post("/api/approval/recaps/{id}/return", recap.recapId));
    }

    private void awaitReopened(Recap recap) {
        eventually(RETURNED_ITEM + " of " + recap + " reopened for re-entry", () ->
                "RETURNED".equals(as(token("OPERATOR", recap.agency, DIVISION), COLLECTION)
                        .get("/api/collection/rounds/{round}/entries/{code}", recap.roundId, RETURNED_ITEM)
                        .then().statusCode(200).extract().path("state")));
    }

    private void secretaryApproves(Recap recap, List<Map<String, Object>> items, int revision) {
        List<Map<String, Object>> decisions = items.stream()
                .map(item -> Map.<String, Object>of("indicatorCode", item.get("indicatorCode"), "decision", "ACCEPTED"))
                .toList();
        call("A10 decisions of " + recap, () -> as(token("SECRETARY", recap.agency), APPROVAL)
                .body(Map.of("revision", revision, "decisions", decisions))
                .put("/api/approval/recaps/{id}/decisions", recap.recapId));
        call("A10 approval of " + recap, () -> as(token("SECRETARY", recap.agency), APPROVAL)
                .body(Map.of("revision", revision, "note", "Lengkap, disetujui"))
                .post("/api/approval/recaps/{id}/approval", recap.recapId));
    }

    /**
     * Repeats the request until it is answered 2xx. No answer or a 5xx leaves its outcome unknown: a 409 after that
     * means the earlier attempt did it. Any other answer is a bug of the test or of the service.
     */
    private static Response call(String what, Supplier<Response> request) {
        Instant deadline = Instant.now().plus(PATIENCE);
        boolean outcomeUnknown = false;
        String last = "no attempt";
        while (Instant.now().isBefore(deadline)) {
            try {
                Response response = request.get();
                int status = response.statusCode();
                if (status < 300 || status == 409 && outcomeUnknown) {
                    return response;
                }
                last = status + " " + response.asString();
                if (status < 500) {
                    throw new AssertionError(what + " answered " + last);
                }
            } catch (Exception noAnswer) {
                // refused, reset or timed out: REST Assured throws these checked exceptions undeclared
                last = noAnswer.toString();
            }
            outcomeUnknown = true;
            pause(500);
        }
        throw new AssertionError(what + " not answered within " + PATIENCE.toSeconds() + " s; last: " + last);
    }

    /** Waits for an effect that travels over Kafka, through the fault and its recovery. */
    private static void eventually(String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (Exception | AssertionError notYet) {
                // an outage, or not there yet
            }
            pause(300);
        }
        throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
    }

    private RequestSpecification as(String token, Service service) {
        return given().config(REST)
                .baseUri(system.baseUrl(service))
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private static String token(String role, String agency) {
        return DevTokens.mint(role, agency);
    }

    private static String token(String role, String agency, String division) {
        return DevTokens.mint(role, agency, division);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
