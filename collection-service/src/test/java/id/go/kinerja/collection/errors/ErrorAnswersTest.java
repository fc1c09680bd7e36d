package id.go.kinerja.collection.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Whatever a caller sends, the answer is never a bare 500 and every refusal is application/problem+json
 * (docs/api-guide.md "Errors"): text PostgreSQL cannot store, JSON that is not one clean document,
 * requests the HTTP layer refuses, paths and media types nobody serves, and defects nobody foresaw.
 */
@QuarkusTest
class ErrorAnswersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNulOrAnUnpairedSurrogateInAnyJsonStringIsRefusedNamingTheField() {
        TestAgency agency = new TestAgency();
        refused(agency.as("ADMIN").body("{\"code\": \"HUKUM\", \"name\": \"Bidang\\u0000Hukum\"}")
                .when().post("/api/collection/divisions").then(), "name", "NUL");
        refused(agency.as("ADMIN").body("{\"code\": \"HUKUM\", \"name\": \"Bidang Hukum \\ud800\"}")
                .when().post("/api/collection/divisions").then(), "name", "surrogate");
        refused(agency.as("ADMIN").body(TestAgency.PLAN.replace("Bidang Metrologi Legal", "Bidang\\u0000Metrologi"))
                .when().put("/api/collection/plan/2025").then(), "divisions[1].name", "NUL");

        TestAgency withPlan = TestAgency.withPlan();
        String round = withPlan.openRoundWithMemo(2025, 1);
        refused(withPlan.step(round, "A2", "SECRETARY", TestAgency.MINUTES.replace("Ketua Tim SAKIP", "Ketua\\u0000")),
                "attendees[1]", "NUL");
        // a paired surrogate is an ordinary character (here an emoji) and is kept
        agency.as("ADMIN").body("{\"code\": \"HUKUM\", \"name\": \"Bidang Hukum \\ud83d\\ude00\"}")
                .when().post("/api/collection/divisions").then().statusCode(201).body("name", equalTo("Bidang Hukum \uD83D\uDE00"));
    }

    @Test
    void aNulInThePathOrAQueryParameterIsRefusedNamingWhere() {
        TestAgency agency = new TestAgency();
        refused(agency.as("ADMIN").urlEncodingEnabled(false)
                .when().get("/api/collection/divisions/HUK%00UM").then(), "path", "segment 4 of the path");
        // a segment that must be a year would not match its resource at all: still 400, not 404
        refused(agency.as("ADMIN").urlEncodingEnabled(false)
                .when().get("/api/collection/plan/20%0025/tree").then(), "path", "segment 4 of the path");
        refused(agency.as("ADMIN").urlEncodingEnabled(false)
                .when().get("/api/collection/divisions?search=a%00b").then(), "search", "query parameter");
    }

    @Test
    void duplicateKeysAndContentAfterTheDocumentAreRefused() {
        TestAgency agency = new TestAgency();
        refused(agency.as("ADMIN").body("{\"code\": \"HUKUM\", \"name\": \"Bidang Hukum\", \"name\": \"Bidang Lain\"}")
                .when().post("/api/collection/divisions").then(), "body", "Duplicate field 'name'");
        refused(agency.as("ADMIN").body("{\"code\": \"HUKUM\", \"name\": \"Bidang Hukum\"} {\"code\": \"LAIN\"}")
                .when().post("/api/collection/divisions").then(), "body", "nothing after it");
        agency.as("ADMIN").when().get("/api/collection/divisions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aDefectAnswers500WithAnErrorIdAndNoStackTrace() {
        given().when().get("/api/collection/test-only/defect").then()
                .statusCode(500).contentType(PROBLEM)
                .body("status", equalTo(500))
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body("detail", containsString("error id"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at id.go.kinerja")));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().when().get("/api/collection/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
        given().when().get("/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        new TestAgency().as("ADMIN").when().delete("/api/collection/divisions").then()
                .statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void withoutATokenAFileEndpointAnswers401WhateverFormatIsAsked() {
        given().accept("application/json")
                .when().get("/api/collection/rounds/{round}/worksheet", "7f000000-0000-4000-8000-000000000001")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aTooLongUrlOrTooLargeHeadersAreProblems() {
        given().when().get("/api/collection/divisions?search=" + "a".repeat(5000)).then()
                .statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        given().header("X-Padding", "a".repeat(20_000)).when().get("/api/collection/divisions").then()
                .statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsAProblemWithoutBeingRead() throws IOException {
        String answer = rawExchange("POST /api/collection/divisions HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n{\"code\": ");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("content-type: " + PROBLEM) || answer.contains("Content-Type: " + PROBLEM), answer);
        assertTrue(answer.contains("\"status\":413"), answer);
    }

    private static void refused(ValidatableResponse response, String field, String why) {
        response.log().ifValidationFails().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString(why));
    }

    /** Bytes a well-behaved client library would refuse to send, written to the socket as they are. */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16_384];
            StringBuilder answer = new StringBuilder();
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (answer.indexOf("\r\n\r\n") > 0 && answer.indexOf("}") > 0) {
                    break;
                }
            }
            return answer.toString();
        }
    }
}
