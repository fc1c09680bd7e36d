package id.go.kinerja.measurement.worksheet;

import id.go.kinerja.measurement.recap.MeasurementView;
import id.go.kinerja.measurement.recap.RecapQueries;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/measurement/recaps/{recapId}/worksheet")
@Tag(name = "Worksheet", description = "The measurement worksheet (Kertas Kerja Pengukuran Kinerja, SOP B5-B6)")
public class WorksheetResource {

    @Inject
    RecapQueries queries;

    @Inject
    Caller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, WorksheetCsv.MEDIA_TYPE})
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR, Roles.DIVISION_HEAD, Roles.OPERATOR})
    @Operation(operationId = "getMeasurementWorksheet",
            summary = "The measurement worksheet of a recap (kertas kerja pengukuran kinerja)",
            description = "Per indicator: code, name, unit, target, realisation, formula used, achievement (capaian), "
                    + "predicate (predikat), status and flags; per plan node its roll-up with budget absorption (serapan "
                    + "anggaran) beside it; per level its summary and predicate counts. JSON, or CSV with "
                    + "Accept: text/csv or format=csv. Defaults to the current measurement of the latest revision.")
    @APIResponse(responseCode = "200", description = "The worksheet",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Worksheet.class)),
                    @Content(mediaType = WorksheetCsv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such recap, revision or measurement in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response worksheet(@PathParam("recapId") UUID recapId,
                              @Parameter(description = "Revision; default the latest") @QueryParam("revision") @Min(1)
                              Integer revision,
                              @Parameter(description = "Measurement of that revision; default its current one")
                              @QueryParam("measuredRevision") @Min(1) Integer measuredRevision,
                              @Parameter(description = "json or csv; overrides the Accept header")
                              @QueryParam("format") String format,
                              @Context HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        MeasurementView measurement = queries.measurement(caller.agencyCode(), recapId, revision, measuredRevision);
        if (caller.isDivisionBound()) {
            measurement = measurement.ofDivision(caller.divisionCode());
        }
        Worksheet worksheet = Worksheet.of(measurement);
        if (!csv) {
            return Response.ok(worksheet, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String filename = "kertas-kerja-pengukuran-%s-r%d-m%d.csv".formatted(worksheet.recapId(), worksheet.revision(),
                worksheet.measuredRevision());
        StreamingOutput body = out -> WorksheetCsv.write(worksheet, out);
        return Response.ok(body, MediaType.valueOf(WorksheetCsv.MEDIA_TYPE).withCharset(StandardCharsets.UTF_8.name()))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format.toLowerCase()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInput("format", "must be json or csv");
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(WorksheetCsv.MEDIA_TYPE)) && !type.isWildcardType())
                .orElse(false);
    }
}
