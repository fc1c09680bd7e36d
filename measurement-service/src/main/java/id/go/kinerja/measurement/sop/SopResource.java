package id.go.kinerja.measurement.sop;

import id.go.kinerja.platform.procedure.StandardTimeResource;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The steps B1-B10 with the agency's standard times ({@link StandardTimeResource}), and each person's work. */
@Path("/api/measurement")
@Tag(name = "SOP steps")
public class SopResource extends StandardTimeResource {

    @Inject
    SopViews views;

    @GET
    @Path("/my-work")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD})
    @Operation(operationId = "getMyWork",
            summary = "What waits for me in measurement, oldest first",
            description = "HEAD: the memo (B1) of a period whose recap arrived before the round was opened, and the "
                    + "disposition (B9). SECRETARY: the meeting (B2) and the review (B8). SAKIP_TEAM: the plan (B3), "
                    + "the methodology (B4), measuring held back (B5), every indicator without methodology, and every "
                    + "item the Secretary returned to MEASUREMENT whose methodology still has the returned version. "
                    + "Each with its period, step, since when, standard time and whether it is overdue.")
    public MyWorkView myWork() {
        return views.myWork();
    }
}
