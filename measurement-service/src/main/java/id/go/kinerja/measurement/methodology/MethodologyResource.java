package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import id.go.kinerja.platform.upload.ArchiveInspection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
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

    @Inject
    ArchiveInspection archives;

    @GET
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "listMethodologies",
            summary = "List the indicators' methodologies (daftar metodologi pengukuran)",
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
    @Operation(operationId = "getMethodology",
            summary = "An indicator's methodology with its version history (riwayat versi metodologi)",
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
    @Operation(operationId = "defineMethodology",
            summary = "Save a new version of an indicator's methodology (tetapkan metodologi pengukuran)",
            description = "Always creates a new version (author, time, reason); earlier versions stay as they were, so "
                    + "results computed with them can be reproduced. Combinations the measurement rules refuse "
                    + "(SUM or AVERAGE on a PREDICATE, RATIO on a POSITIVE indicator, weight ≤ 0, a PREDICATE without "
                    + "its grade scale, ...) are answered 400 with the field and the reason. An indicator neither the "
                    + "published plan nor a recap brought is 404. A methodology that departs from the published plan "
                    + "(polarity, value type, frequency, aggregation) is refused with 409 listing the differences in "
                    + "context.warnings, unless the body says acknowledgedWarnings: true; the answer lists them in "
                    + "warnings.")
    @APIResponse(responseCode = "200", description = "The methodology with its new current version")
    @APIResponse(responseCode = "400", description = "Invalid methodology",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the SAKIP team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No recap of the caller's agency brought this indicator (measured "
            + "or waiting for B1-B4)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The methodology departs from the published plan and the request "
            + "does not acknowledge it (context.warnings)",
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

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "defineMethodologies",
            summary = "Save many methodologies at once (tetapkan metodologi sekaligus)",
            description = "Each row is checked as a single PUT: unknown indicator, a combination the rules refuse, a "
                    + "departure from the published plan without acknowledgedWarnings. All rows are saved or none: "
                    + "one rejected row answers 422 with every row's outcome in context.summary. A row equal to the "
                    + "current methodology adds no version (UNCHANGED).")
    @APIResponse(responseCode = "200", description = "Every row saved or unchanged",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows rejected; nothing saved; context.summary has every row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkReport defineAll(@Valid @NotNull BulkMethodologyRequest request) {
        return methodologies.defineAll(caller.agencyCode(), request.rows(), caller.userId());
    }

    @POST
    @Path("/bulk")
    @Consumes(MethodologySheet.MEDIA_TYPE)
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "uploadMethodologySheet",
            summary = "Save many methodologies from the methodology sheet (XLSX)",
            description = "The sheet 'Metodologi' of the workbook GET /api/measurement/methodologies/sheet gives "
                    + "(one row per indicator; Kode Indikator, Polaritas, Jenis Nilai, Periode, Agregasi, Rumus "
                    + "Negatif, Bobot, Skala Predikat). The same rules as the JSON form; row numbers are the sheet's.")
    @APIResponse(responseCode = "200", description = "Every row saved or unchanged",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "400", description = "Not a readable methodology sheet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows rejected; nothing saved; context.summary has every row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkReport defineAllFromSheet(
            @Parameter(description = "Why (alasan), for every row", required = true) @QueryParam("reason")
            @NotBlank @Size(max = 2000) String reason,
            @Parameter(description = "True to save rows that depart from the published plan")
            @QueryParam("acknowledgedWarnings") @DefaultValue("false") boolean acknowledgedWarnings,
            InputStream sheet) {
        return methodologies.defineAll(caller.agencyCode(), MethodologySheet.read(sheet, reason, acknowledgedWarnings,
                archives),
                caller.userId());
    }

    @GET
    @Path("/sheet")
    @Produces(MethodologySheet.MEDIA_TYPE)
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "downloadMethodologySheet",
            summary = "The methodology sheet (XLSX) to fill in and upload to /bulk",
            description = "One row per indicator of the agency with its name and unit, prefilled with the current "
                    + "methodology, else the draft from the plan.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = MethodologySheet.MEDIA_TYPE))
    public Response sheet() {
        List<IndicatorMethodology> all = methodologies.all(caller.agencyCode());
        StreamingOutput body = out -> MethodologySheet.write(all, out);
        return Response.ok(body, MethodologySheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"metodologi-pengukuran.xlsx\"").build();
    }

    @POST
    @Path("/drafts/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SAKIP_TEAM)
    @Operation(operationId = "confirmMethodologyDrafts",
            summary = "Confirm the drafts prefilled from the plan (konfirmasi rancangan metodologi)",
            description = "Each named draft (every open draft when none is named) becomes its indicator's new "
                    + "methodology version (source PLAN_DRAFT). All or none: a code without an open draft, or a draft "
                    + "the plan could not complete, answers 422 with every row's outcome.")
    @APIResponse(responseCode = "200", description = "Every draft confirmed",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Drafts rejected; nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkReport confirmDrafts(@Valid @NotNull DraftConfirmation request) {
        return methodologies.confirmDrafts(caller.agencyCode(), request.indicatorCodes(), request.reason(),
                caller.userId());
    }

    private static IndicatorMethodology.Status statusOf(String status) {
        if (status == null) {
            return null;
        }
        try {
            return IndicatorMethodology.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", MeasurementProblem.text("methodology.status"));
        }
    }

    private static EntityTag etag(IndicatorMethodology methodology) {
        return IfMatch.tagOf(methodology.currentVersion());
    }
}
