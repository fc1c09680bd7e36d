package id.go.kinerja.archive.web;

import id.go.kinerja.archive.problem.ArchiveProblem;
import id.go.kinerja.platform.problem.DomainProblem;
import id.go.kinerja.platform.problem.ProblemMappers;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every path of this service is read-only, so a method it does not serve is always an attempt to write
 * to the archive: say so ({@code ARCHIVE_READ_ONLY}), rather than the bare "405 Method Not Allowed".
 */
public class ReadOnlyArchive {

    @Inject
    ProblemMappers problems;

    @ServerExceptionMapper
    public Response refuse(NotAllowedException exception) {
        return Response.fromResponse(problems.domain(new ReadOnly())).header(HttpHeaders.ALLOW, "GET").build();
    }

    private static final class ReadOnly extends DomainProblem {

        ReadOnly() {
            super(ArchiveProblem.ARCHIVE_READ_ONLY, null);
        }
    }
}
