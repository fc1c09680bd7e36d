package id.go.kinerja.web.site;

import id.go.kinerja.web.backend.ServiceProblem;
import id.go.kinerja.web.backend.ServiceUnavailable;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A page whose service refused or did not answer shows why, in the service's words, with the HTTP status the
 * service gave: a page of its own for what no form on the page handles itself.
 */
public class ProblemPages {

    private static final Logger LOG = Logger.getLogger(ProblemPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(ServiceProblem problem);

        static native TemplateInstance unavailable(String serviceName);
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem problem) {
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(problem).render()).build();
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable unavailable) {
        LOG.warnf("%s", unavailable.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.unavailable(unavailable.serviceName()).render()).build();
    }
}
