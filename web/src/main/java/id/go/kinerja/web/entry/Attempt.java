package id.go.kinerja.web.entry;

import id.go.kinerja.web.backend.ServiceProblem;
import java.util.Map;

/**
 * A form the service refused: for which indicator (null for the worksheet), the service's problem, and what the
 * person typed, so that the page shows it again next to the refusal.
 */
public record Attempt(String indicator, String form, ServiceProblem problem, Map<String, String> typed) {

    /** The stale-version refusal: someone changed the entry since the page was read. */
    public boolean stale() {
        return "VERSION_STALE".equals(problem.code());
    }

    boolean isFor(String indicatorCode, String formName) {
        return indicatorCode.equals(indicator) && formName.equals(form);
    }
}
