package id.go.kinerja.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.backend.ServiceProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's refusal of one form of a page, and which form it belongs to, so that the page shows the problem next to
 * that form and nowhere else. Templates: {@code {#include problem-box problem=refusal.at('A3') /}}, and the facts of
 * its context: {@code refusal.mustComeFirst}, {@code refusal.indicators}.
 */
public final class Refusal {

    private static final Refusal NONE = new Refusal(null, null);

    private final String place;
    private final ServiceProblem problem;

    private Refusal(String place, ServiceProblem problem) {
        this.place = place;
        this.problem = problem;
    }

    static Refusal none() {
        return NONE;
    }

    static Refusal at(String place, ServiceProblem problem) {
        return new Refusal(place, problem);
    }

    /** The problem when it belongs to {@code place}, else null. */
    public ServiceProblem at(String place) {
        return place.equals(this.place) ? problem : null;
    }

    public boolean is(String place, String code) {
        return place.equals(this.place) && problem.code().equals(code);
    }

    public String getPlace() {
        return place;
    }

    /** The step the service says must be done first (STEP_OUT_OF_ORDER), or null. */
    public String getMustComeFirst() {
        return problem == null ? null : problem.context().path("mustComeFirst").asText(null);
    }

    /** The indicators the refusal names ({@code context.indicators}: methodology missing, unchanged, ...). */
    public List<String> getIndicators() {
        return texts(problem == null ? null : problem.context().path("indicators"));
    }

    /** A field's error, for marking it in the form; null when none or the problem belongs to another form. */
    public String error(String place, String field) {
        ServiceProblem mine = at(place);
        return mine == null ? null : mine.errorOf(field);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(element -> texts.add(element.asText()));
        }
        return texts;
    }
}
