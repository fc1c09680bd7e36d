package id.go.kinerja.collection.round;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/rounds/{roundId}/realisations")
@Tag(name = "Entries")
public class RealisationResource {

    @Inject
    EntryService entries;

    @POST
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(operationId = "pushRealisations",
            summary = "Push realisations (realisasi) from another system, e.g. the finance system",
            description = "All or nothing. Each lands as a PROPOSED entry with its source recorded; the operator of "
                    + "the indicator's division confirms it (or enters another value), then the division head "
                    + "verifies it as usual. Replaces NOT_ENTERED, PROPOSED, SENT_BACK and RETURNED entries, never "
                    + "one an operator ENTERED or a division head VERIFIED.")
    @APIResponse(responseCode = "400", description = "Unknown or repeated indicator codes, negative or wrong kind of value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An entry is entered, verified, submitted or locked; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public RealisationPush.Result push(@PathParam("roundId") UUID roundId, @Valid @NotNull RealisationPush push) {
        return entries.push(roundId, push);
    }
}
