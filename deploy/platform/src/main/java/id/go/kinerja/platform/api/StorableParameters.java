package id.go.kinerja.platform.api;

import id.go.kinerja.platform.problem.InvalidInput;
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
            String refusal = StorableText.refusal(segments.get(i).getPath());
            if (refusal != null) {
                throw new InvalidInput("path", "segment " + (i + 1) + " of the path " + refusal);
            }
        }
    }

    @ServerRequestFilter
    public void refuseUnstorableQuery(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        check("path parameter", uri.getPathParameters());
        check("query parameter", uri.getQueryParameters());
    }

    private static void check(String kind, Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            String refusal = StorableText.refusal(name);
            if (refusal != null) {
                throw new InvalidInput(kind, "the name " + refusal);
            }
            for (String value : values) {
                refusal = StorableText.refusal(value);
                if (refusal != null) {
                    throw new InvalidInput(name, "the " + kind + " " + refusal);
                }
            }
        });
    }
}
