package id.go.kinerja.measurement.support;

import id.go.kinerja.platform.security.Roles;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opening SOP steps B1-B4 of a period as the people record them through the API (the Head's memo, the
 * Secretary's minutes, the team's plan and methodology), which must be done before a recap of the period is
 * measured.
 */
public final class MeasurementSop {

    public static final Map<String, Object> MEMO = Map.of("number", "800/112/DP-Trans/2025", "date", "2025-04-01");
    public static final Map<String, Object> MINUTES = Map.of("date", "2025-04-02",
            "attendees", List.of("Sekretaris", "Ketua Tim SAKIP"), "summary", "Pengukuran TW I selesai 20 April");
    public static final Map<String, Object> WORK_PLAN = Map.of("activities", List.of(Map.of(
            "activity", "Penyusunan kertas kerja pengukuran", "start", "2025-04-03", "end", "2025-04-04",
            "responsible", "Tim SAKIP")));
    public static final Map<String, Object> METHODOLOGY_READY = Map.of("note", "Metodologi ditetapkan");

    private static final Set<String> READY = ConcurrentHashMap.newKeySet();

    private MeasurementSop() {
    }

    /** Records B1-B4 of the agency's period, once per test run. */
    public static void ready(String agency, int year, int quarter) {
        if (READY.add(agency + "/" + year + "/" + quarter)) {
            step(agency, year, quarter, "B1", Roles.HEAD, MEMO);
            step(agency, year, quarter, "B2", Roles.SECRETARY, MINUTES);
            step(agency, year, quarter, "B3", Roles.SAKIP_TEAM, WORK_PLAN);
            step(agency, year, quarter, "B4", Roles.SAKIP_TEAM, METHODOLOGY_READY);
        }
    }

    public static void step(String agency, int year, int quarter, String step, String role, Object body) {
        record(agency, year, quarter, step, role, body).statusCode(200);
    }

    public static ValidatableResponse record(String agency, int year, int quarter, String step, String role,
                                            Object body) {
        return Api.as(role, agency).contentType(ContentType.JSON).body(body)
                .when().post("/api/measurement/rounds/{year}/{quarter}/steps/{step}", year, quarter, step)
                .then();
    }
}
