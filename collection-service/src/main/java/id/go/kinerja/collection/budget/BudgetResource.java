package id.go.kinerja.collection.budget;

import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/collection/rounds/{roundId}/budget-realisations")
@Tag(name = "Budget realisation", description = "Realised spending (realisasi anggaran) per program, kegiatan and "
        + "sub kegiatan, beside its pagu")
public class BudgetResource {

    @Inject
    BudgetService budgets;

    @PUT
    @Path("/{nodeCode}")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.INTEGRATION})
    @Operation(operationId = "recordBudgetRealisation",
            summary = "Record the realised spending to date (realisasi anggaran) of a node for the round",
            description = "Programs, activities and sub-activities with a pagu for the round's year. An amount above "
                    + "the pagu is refused unless a justification is given. Read-only once the recap is submitted "
                    + "(until a return).")
    @APIResponse(responseCode = "400", description = "Negative, above the pagu without justification, or a goal/objective",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round or node in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No pagu for the year, or the recap is submitted or approved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BudgetView record(@PathParam("roundId") UUID roundId, @PathParam("nodeCode") String nodeCode,
                             @Valid @NotNull BudgetInput input) {
        return budgets.record(roundId, nodeCode, input);
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.ADMIN,
            Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listBudgetRealisations",
            summary = "List the budget realisations recorded in a round")
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BudgetView> list(@PathParam("roundId") UUID roundId) {
        return budgets.list(roundId);
    }
}
