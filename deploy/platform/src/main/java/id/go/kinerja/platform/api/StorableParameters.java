package id.go.kinerja.platform.api;

import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters (decoded, so {@code %00} is a NUL) must be storable text ({@link StorableText}):
 * otherwise 400, before any of it reaches a query. The path is checked before it is matched to a resource: a segment
 * such as {@code {year}} that must be digits would otherwise not match and answer 404, hiding why; the answer names
 * the segment. Query parameters are checked once matched and named. Header values need no check: the HTTP codec
 * refuses control characters in them, and they are Latin-1 bytes, so never a surrogate.
 */
public class StorableParameters {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorablePath(ContainerRequestContext request) {
        List<PathSegment> segments = request.getUriInfo().getPathSegments(true);
        for (int i = 0; i < segments.size(); i++) {
            if (StorableText.refusal(segments.get(i).getPath()) != null) {
                throw new InvalidInput("path", PlatformProblem.text("parameter.unstorableSegment", i + 1));
            }
        }
    }

    @ServerRequestFilter
    public void refuseUnstorableQuery(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        check("path parameter", "parameter.unstorablePathValue", uri.getPathParameters());
        check("query parameter", "parameter.unstorableQueryValue", uri.getQueryParameters());
    }

    private static void check(String kind, String valueRefusal, Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            if (StorableText.refusal(name) != null) {
                throw new InvalidInput(kind, PlatformProblem.text("parameter.unstorableName"));
            }
            for (String value : values) {
                if (StorableText.refusal(value) != null) {
                    throw new InvalidInput(name, PlatformProblem.text(valueRefusal));
                }
            }
        });
    }
}
