package id.go.kinerja.collection.recap;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/rounds/{roundId}/recap")
@Tag(name = "Recaps", description = "The recap (rekapitulasi) of a round submitted to the Secretary, and its revisions, "
        + "SOP A8-A9")
public class RoundRecapResource {

    @Inject
    RecapService recaps;

    @POST
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "submitRecap",
            summary = "Submit the recap of a round (rekapitulasi, laporan ke Sekretaris)",
            description = "Refused (409, context.missing = the indicator codes without a verified entry, context.states "
                    + "= their states) until every item of the round has a verified entry. Creates revision 1, or after "
                    + "a return the next revision of the same recap, and publishes RecapSubmitted. Entries are then "
                    + "read-only until the recap is returned. After a return that sent nothing back to COLLECTION "
                    + "the same data may be resubmitted as the next revision.")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = RecapView.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Entries missing verification, or already submitted or approved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response submit(@PathParam("roundId") UUID roundId) {
        return Response.status(Response.Status.CREATED).entity(recaps.submit(roundId)).build();
    }

    @GET
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getRoundRecap",
            summary = "Read the recap of a round with its status and all revisions")
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency, or not submitted yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecapView ofRound(@PathParam("roundId") UUID roundId) {
        return recaps.ofRound(roundId);
    }
}
