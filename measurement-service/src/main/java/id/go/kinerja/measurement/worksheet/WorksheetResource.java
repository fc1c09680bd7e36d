package id.go.kinerja.measurement.worksheet;

import id.go.kinerja.measurement.problem.MeasurementProblem;
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
    @Produces({MediaType.APPLICATION_JSON, WorksheetCsv.MEDIA_TYPE, WorksheetXlsx.MEDIA_TYPE})
    @RolesAllowed({Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR, Roles.DIVISION_HEAD, Roles.OPERATOR})
    @Operation(operationId = "getMeasurementWorksheet",
            summary = "The measurement worksheet of a recap (kertas kerja pengukuran kinerja)",
            description = "Per indicator: code, name, unit, target, realisation, formula used, achievement (capaian), "
                    + "predicate (predikat), status and flags; per plan node its roll-up with budget absorption (serapan "
                    + "anggaran) beside it; per level its summary and predicate counts. JSON; CSV with "
                    + "Accept: text/csv or format=csv; XLSX (Indonesian labels, numeric cells, times in WIB) with the "
                    + "XLSX Accept type or format=xlsx. Defaults to the current measurement of the latest revision.")
    @APIResponse(responseCode = "200", description = "The worksheet",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Worksheet.class)),
                    @Content(mediaType = WorksheetCsv.MEDIA_TYPE), @Content(mediaType = WorksheetXlsx.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such recap, revision or measurement in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response worksheet(@PathParam("recapId") UUID recapId,
                              @Parameter(description = "Revision; default the latest") @QueryParam("revision") @Min(1)
                              Integer revision,
                              @Parameter(description = "Measurement of that revision; default its current one")
                              @QueryParam("measuredRevision") @Min(1) Integer measuredRevision,
                              @Parameter(description = "json, csv or xlsx; overrides the Accept header")
                              @QueryParam("format") String format,
                              @Context HttpHeaders headers) {
        String wanted = formatOf(format, headers);
        MeasurementView measurement = queries.measurement(caller.agencyCode(), recapId, revision, measuredRevision);
        if (caller.isDivisionBound()) {
            measurement = measurement.ofDivision(caller.divisionCode());
        }
        Worksheet worksheet = Worksheet.of(measurement);
        String filename = "kertas-kerja-pengukuran-%s-r%d-m%d".formatted(worksheet.recapId(), worksheet.revision(),
                worksheet.measuredRevision());
        return switch (wanted) {
            case "csv" -> Response.ok((StreamingOutput) out -> WorksheetCsv.write(worksheet, out),
                            MediaType.valueOf(WorksheetCsv.MEDIA_TYPE).withCharset(StandardCharsets.UTF_8.name()))
                    .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"")
                    .build();
            case "xlsx" -> Response.ok((StreamingOutput) out -> WorksheetXlsx.write(worksheet, out),
                            WorksheetXlsx.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + ".xlsx\"")
                    .build();
            default -> Response.ok(worksheet, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    /** json, csv or xlsx: the format parameter, else the first Accept type that names one of them. */
    private static String formatOf(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format.toLowerCase()) {
                case "csv", "json", "xlsx" -> format.toLowerCase();
                default -> throw new InvalidInput("format", MeasurementProblem.text("worksheet.format"));
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .findFirst()
                .filter(type -> !type.isWildcardType())
                .map(type -> type.isCompatible(MediaType.valueOf(WorksheetCsv.MEDIA_TYPE)) ? "csv"
                        : type.isCompatible(MediaType.valueOf(WorksheetXlsx.MEDIA_TYPE)) ? "xlsx" : "json")
                .orElse("json");
    }
}
