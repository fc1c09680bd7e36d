package id.go.kinerja.collection.errors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A defect on purpose, only in the tests: what a caller sees when the code fails in a way nobody foresaw. */
@Path("/api/collection/test-only/defect")
@PermitAll
public class UnexpectedFailureResource {

    @GET
    public String fail() {
        throw new IllegalStateException("a defect the tests provoke; its stack trace must stay in the log");
    }
}
