package id.go.kinerja.measurement.support;

import static io.restassured.RestAssured.given;

import id.go.kinerja.infrastructure.DevTokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** REST calls as a user of an agency in a role; JSON numbers are read as BigDecimal, as the API means them. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role, String agencyCode) {
        return anonymous().auth().oauth2(DevTokens.mint(role, agencyCode));
    }

    public static RequestSpecification as(String role, String agencyCode, String division) {
        return anonymous().auth().oauth2(DevTokens.mint(role, agencyCode, division));
    }

    /** The ETag of a record as the role reads it (e.g. a methodology), to send back as If-Match. */
    public static String etag(String role, String agencyCode, String path, Object... parameters) {
        return as(role, agencyCode).when().get(path, parameters).then().statusCode(200).extract().header("ETag");
    }

    /** The methodology of an indicator as the SAKIP team reads it, for If-Match. */
    public static String methodologyETag(String agencyCode, String indicatorCode) {
        return etag("SAKIP_TEAM", agencyCode, "/api/measurement/methodologies/{code}", indicatorCode);
    }

    public static RequestSpecification anonymous() {
        return given().config(decimals());
    }

    private static RestAssuredConfig decimals() {
        return RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
