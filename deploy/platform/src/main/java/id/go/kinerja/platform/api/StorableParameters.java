package id.go.kinerja.platform.api;

import id.go.kinerja.platform.problem.InvalidInput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters (decoded, so {@code %00} is a NUL) must be storable text ({@link StorableText}):
 * otherwise 400 naming the parameter, before any of it reaches a query. Header values need no check: the HTTP codec
 * refuses control characters in them, and they are Latin-1 bytes, so never a surrogate.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void refuseUnstorableText(ContainerRequestContext request) {
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
