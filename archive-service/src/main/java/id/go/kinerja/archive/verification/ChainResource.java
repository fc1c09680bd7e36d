package id.go.kinerja.archive.verification;

import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/archive/chain")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HEAD, Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.AUDITOR})
@Tag(name = "Archive records")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not read the archive",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ChainResource {

    @Inject
    VerificationService verification;

    @GET
    @Path("verification")
    @Operation(operationId = "verifyArchiveChain",
            summary = "Verify the agency's whole archive chain (verifikasi rantai arsip)",
            description = "Walks the caller's agency's hash chain from the first record to the newest, recomputing "
                    + "every content hash, seal and link, and reports the first broken link.")
    @APIResponse(responseCode = "200", description = "VALID, or INVALID with the first broken link")
    public ChainVerification verify() {
        return verification.verifyChain();
    }
}
