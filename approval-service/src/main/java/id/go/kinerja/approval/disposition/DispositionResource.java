package id.go.kinerja.approval.disposition;

import id.go.kinerja.approval.review.RecapDetail;
import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/approval/recaps/{recapId}/disposition")
@Tag(name = "Disposition", description = "The Head's disposition (disposisi Kepala Dinas), SOP A11 / B9")
public class DispositionResource {

    private final DispositionService dispositions;

    DispositionResource(DispositionService dispositions) {
        this.dispositions = dispositions;
    }

    @POST
    @RolesAllowed(Roles.HEAD)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordDisposition",
            summary = "Record the Head's disposition (disposisi)",
            description = "Only on an approved recap, and only once. Publishes RecapDisposed with the complete approved "
                    + "document, every review and the disposition, for the archive (arsip).")
    @APIResponse(responseCode = "200", description = "The disposition as recorded")
    @APIResponse(responseCode = "400", description = "No text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Head records a disposition")
    @APIResponse(responseCode = "404", description = "No such recap in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not approved yet, or already disposed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public RecapDetail.DispositionView dispose(@PathParam("recapId") UUID recapId, @Valid @NotNull DispositionRequest request) {
        return dispositions.dispose(recapId, request);
    }
}
