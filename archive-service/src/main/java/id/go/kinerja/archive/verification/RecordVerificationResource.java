package id.go.kinerja.archive.verification;

import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The verification of one archived record, beside the record's own address. */
@Path("/api/archive/records/{archiveId}/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HEAD, Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.AUDITOR})
@Tag(name = "Archive records")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not read the archive",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RecordVerificationResource {

    @Inject
    VerificationService verification;

    @GET
    @Operation(operationId = "verifyArchivedRecord",
            summary = "Verify an archived record (verifikasi keutuhan arsip)",
            description = "Recomputes the document's content hash from its canonical form, the record's seal, and "
                    + "its links to the previous and next records of the agency's hash chain. VALID, or INVALID with "
                    + "the first check that failed.")
    @APIResponse(responseCode = "200", description = "The verdict and every check")
    @APIResponse(responseCode = "400", description = "archiveId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecordVerification verify(@PathParam("archiveId") UUID archiveId) {
        return verification.verifyRecord(archiveId);
    }
}
