package id.go.kinerja.measurement.methodology;

import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/measurement/methodologies")
@Tag(name = "Methodology", description = "Measurement methodology per indicator (metodologi pengukuran, "
        + "Kertas Kerja Pengukuran Kinerja, SOP B4), versioned")
@Produces(MediaType.APPLICATION_JSON)
public class MethodologyResource {

    static final String INDICATOR_CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    @Inject
    MethodologyService methodologies;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(summary = "List the indicators' methodologies (daftar metodologi pengukuran)",
            description = "Every indicator of the caller's agency with its current methodology version; "
                    + "status=MISSING lists the indicators still without one (their recaps cannot go to the Secretary).")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<IndicatorMethodology> list(
            @Parameter(description = "DEFINED or MISSING") @QueryParam("status") String status,
            @Parameter(description = "Part of the indicator code or name") @QueryParam("q") @Size(max = 100) String search,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return methodologies.list(caller.agencyCode(), statusOf(status), search, page, size);
    }

    @GET
    @Path("/{indicatorCode}")
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(summary = "An indicator's methodology with its version history (riwayat versi metodologi)",
            description = "The current version and every earlier one with author, time and reason. The ETag is the "
                    + "current version; send it as If-Match when saving a new version.")
    @APIResponse(responseCode = "200", description = "The methodology and its versions",
            headers = @Header(name = "ETag", description = "The current version in quotes, e.g. \"2\"; \"0\" when MISSING"))
    @APIResponse(responseCode = "404", description = "No such indicator in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("indicatorCode") @Pattern(regexp = INDICATOR_CODE) String indicatorCode) {
        IndicatorMethodology methodology = methodologies.get(caller.agencyCode(), indicatorCode);
        return Response.ok(methodology).tag(etag(methodology)).build();
    }

    @PUT
    @Path("/{indicatorCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(summary = "Save a new version of an indicator's methodology (tetapkan metodologi pengukuran)",
            description = "Always creates a new version (author, time, reason); earlier versions stay as they were, so "
                    + "results computed with them can be reproduced. Combinations the measurement rules refuse "
                    + "(SUM or AVERAGE on a PREDICATE, RATIO on a POSITIVE indicator, weight ≤ 0, a PREDICATE without "
                    + "its grade scale, ...) are answered 400 with the field and the reason.")
    @APIResponse(responseCode = "200", description = "The methodology with its new current version")
    @APIResponse(responseCode = "400", description = "Invalid methodology",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the SAKIP team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No recap of the caller's agency brought this indicator (measured "
            + "or waiting for B1-B4)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response define(@PathParam("indicatorCode") @Pattern(regexp = INDICATOR_CODE) String indicatorCode,
                           @Parameter(description = "The current version as read (the ETag), e.g. \"2\"; required "
                                   + "once the indicator has a methodology (428 without it, 412 when stale); optional, "
                                   + "or \"0\", for the first version")
                           @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull MethodologyRequest request) {
        IndicatorMethodology saved = methodologies.define(caller.agencyCode(), indicatorCode, request,
                IfMatch.of(ifMatch), caller.userId());
        return Response.ok(saved).tag(etag(saved)).build();
    }

    private static IndicatorMethodology.Status statusOf(String status) {
        if (status == null) {
            return null;
        }
        try {
            return IndicatorMethodology.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be DEFINED or MISSING");
        }
    }

    private static EntityTag etag(IndicatorMethodology methodology) {
        return IfMatch.tagOf(methodology.currentVersion());
    }
}
