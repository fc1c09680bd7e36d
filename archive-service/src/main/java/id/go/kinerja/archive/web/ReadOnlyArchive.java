package id.go.kinerja.archive.web;

import id.go.kinerja.platform.problem.Problem;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every path of this service is read-only, so a method it does not serve is always an attempt to write
 * to the archive: say so, rather than the bare "405 Method Not Allowed".
 */
public class ReadOnlyArchive {

    @ServerExceptionMapper
    public Response refuse(NotAllowedException exception) {
        Problem problem = new Problem("https://kinerja.go.id/problems/method-not-allowed", "Method Not Allowed", 405,
                "The archive is read-only: an archived record cannot be changed or deleted (arsip tidak dapat diubah "
                        + "atau dihapus). A correction is archived as a newer revision of the recap.",
                List.of(), Map.of());
        return Response.status(405).type(Problem.MEDIA_TYPE).header(HttpHeaders.ALLOW, "GET").entity(problem).build();
    }
}
