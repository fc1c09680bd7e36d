package id.go.kinerja.collection.recap;

import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/recaps")
@Tag(name = "Recaps", description = "The recap (rekapitulasi) of a round submitted to the Secretary, and its revisions, "
        + "SOP A8-A9")
public class RecapResource {

    @Inject
    RecapService recaps;

    @GET
    @Path("/{recapId}")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getRecap",
            summary = "Read a recap with its status and all revisions")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecapView get(@PathParam("recapId") UUID recapId) {
        return recaps.get(recapId);
    }

    @GET
    @Path("/{recapId}/revisions/{revision}")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getRecapRevision",
            summary = "Read exactly what one revision of a recap contained",
            description = "The RecapSubmitted event of that revision as it was published; every revision stays readable.")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency, or no such revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevisionView revision(@PathParam("recapId") UUID recapId, @PathParam("revision") @Min(1) int revision) {
        return recaps.revision(recapId, revision);
    }
}
