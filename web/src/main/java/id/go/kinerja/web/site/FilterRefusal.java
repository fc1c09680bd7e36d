package id.go.kinerja.web.site;

import id.go.kinerja.web.backend.ServiceProblem;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/**
 * A list whose service refused its filters or paging (400: VALIDATION_FAILED, LIST_PARAMETER_INVALID) is shown again
 * with the refusal next to the filters, keeping what the person typed, with the service's status. Any other refusal
 * (a role that may not read, 404) is not about the filters: it gets the problem page of its own.
 */
public final class FilterRefusal {

    private FilterRefusal() {
    }

    public static Response shownWithFilters(ServiceProblem problem, TemplateInstance page) {
        if (problem.status() != 400) {
            throw problem;
        }
        return Response.status(problem.status()).entity(page).build();
    }
}
