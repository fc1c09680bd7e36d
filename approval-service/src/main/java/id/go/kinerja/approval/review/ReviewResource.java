package id.go.kinerja.approval.review;

import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/approval/recaps/{recapId}")
@Tag(name = "Review")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
@APIResponse(responseCode = "400", description = "Invalid body",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Only the Secretary reviews")
@APIResponse(responseCode = "404", description = "No such recap (or item) in the caller's agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not under review: a stale revision, a returned recap, or approved "
        + "data (locked)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    private final ReviewService reviews;

    ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @PUT
    @Path("/items/{indicatorCode}/decision")
    @Operation(operationId = "decideItem",
            summary = "Decide on one item",
            description = "Accept (terima) the item, or return it (kembalikan) with a reason (alasan) and where it goes "
                    + "back to: COLLECTION for re-entry of the realisation (realisasi), MEASUREMENT for the methodology. "
                    + "A decision may change until the review concludes.")
    @APIResponse(responseCode = "200", description = "The decision as recorded")
    public ItemDecisionView decide(@PathParam("recapId") UUID recapId,
                                   @PathParam("indicatorCode") @Size(max = 100) String indicatorCode,
                                   @Valid @NotNull DecisionRequest request) {
        return reviews.decide(recapId, indicatorCode, request);
    }

    @PUT
    @Path("/decisions")
    @Operation(operationId = "decideItems",
            summary = "Decide on several items at once",
            description = "The same rules as one decision, for many items (e.g. accept every checked item of a recap "
                    + "of 2,000 indicators). All or none are recorded.")
    @APIResponse(responseCode = "200", description = "The decisions as recorded")
    public List<ItemDecisionView> decideAll(@PathParam("recapId") UUID recapId, @Valid @NotNull BulkDecisionRequest request) {
        return reviews.decideAll(recapId, request);
    }

    @POST
    @Path("/approval")
    @Operation(operationId = "approveRevision",
            summary = "Approve the revision under review (setujui)",
            description = "Needs every item accepted; otherwise 409 with context.undecided and context.returned. "
                    + "Publishes RecapApproved; the data is locked for good and waits for the Head's disposition (disposisi).")
    @APIResponse(responseCode = "200", description = "The concluded review")
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public ReviewView approve(@PathParam("recapId") UUID recapId, @Valid @NotNull ConclusionRequest request) {
        return reviews.approve(recapId, request);
    }

    @POST
    @Path("/return")
    @Operation(operationId = "returnRevision",
            summary = "Return the revision under review for correction (kembalikan)",
            description = "Needs at least one item returned. Publishes RecapReturned with exactly the returned items, "
                    + "their reasons and where each goes back to; the recap leaves the inbox until the next revision arrives.")
    @APIResponse(responseCode = "200", description = "The concluded review")
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public ReviewView returnForCorrection(@PathParam("recapId") UUID recapId, @Valid @NotNull ConclusionRequest request) {
        return reviews.returnForCorrection(recapId, request);
    }
}
