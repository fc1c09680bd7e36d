package id.go.kinerja.measurement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.infrastructure.contracts.RequestExamples;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples on the request bodies of the main flows are in the OpenAPI document and fit their bodies. */
@QuarkusTest
class OpenApiExamplesTest {

    @Test
    void everyRequestExampleIsShownOnItsOperationAndFitsItsBody() {
        String document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();

        assertEquals(List.of(), RequestExamples.problems(document, RequestExamples.ofThisService()));
    }
}
