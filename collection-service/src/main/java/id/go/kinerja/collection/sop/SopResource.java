package id.go.kinerja.collection.sop;

import id.go.kinerja.platform.procedure.StandardTimeResource;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The steps A1-A12 with the agency's standard times ({@link StandardTimeResource}), and each person's work. */
@Path("/api/collection")
@Tag(name = "SOP steps")
public class SopResource extends StandardTimeResource {

    @Inject
    SopViews views;

    @GET
    @Path("/my-work")
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD})
    @Operation(operationId = "getMyWork",
            summary = "What waits for me, oldest first",
            description = "OPERATOR: the own division's entries to enter, confirm (pushed) or correct (sent back, "
                    + "returned). DIVISION_HEAD: the own division's entries to verify. SAKIP_TEAM: running steps A3-A5 "
                    + "and the recap to submit (A8). SECRETARY: the meeting (A2) and the review (A10). HEAD: the "
                    + "disposition (A11). Each with its round, step, since when, standard time and whether it is "
                    + "overdue. The Head's memo (A1) is what opens a round, so it never waits here.")
    public MyWorkView myWork() {
        return views.myWork();
    }
}
