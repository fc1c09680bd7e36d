package id.go.kinerja.collection.evidence;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.api.ConditionalRequestsOpenApi;
import id.go.kinerja.platform.idempotency.Idempotent;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/collection/rounds/{roundId}/entries/{indicatorCode}/evidence")
@Tag(name = "Evidence", description = "Evidence (bukti dukung) attached to realisation entries (realisasi)")
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "attachEvidence",
            summary = "Attach evidence (unggah bukti dukung) to an entry",
            description = "Operators of the indicator's division only, while the entry may change (not once the recap "
                    + "is submitted, until a return; never once approved). multipart/form-data with one part `file`. "
                    + "PDF, PNG, JPEG, XLSX or DOCX, recognised by the content, not by the name; the stored content type "
                    + "is the one found. The size limit is kinerja.evidence.max-size. Answers the evidence with its "
                    + "SHA-256.")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "No file part, or an empty file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an operator, or another division's indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency, or indicator not in the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The entry cannot change (recap submitted, approved or "
            + "locked), or the operators are not briefed yet (SOP A5)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Above kinerja.evidence.max-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Content neither PDF, PNG, JPEG, XLSX nor DOCX",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    @Extension(name = ConditionalRequestsOpenApi.IDEMPOTENT, value = "true")
    public Response attach(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode,
                           @RestForm("file") FileUpload file, @Context UriInfo uri) {
        if (file == null) {
            throw new InvalidInput("file", CollectionProblem.text("evidence.filePart"));
        }
        EvidenceView attached = evidence.attach(roundId, indicatorCode, file.fileName(), file.uploadedFile(),
                file.size());
        return Response.created(uri.getAbsolutePathBuilder().path(attached.id().toString()).build())
                .entity(attached).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "listEvidence",
            summary = "List the evidence (daftar bukti dukung) of an entry",
            description = "Operators and division heads of the indicator's division, the SAKIP team, the Secretary, "
                    + "the Head and auditors of the agency. Oldest first.")
    @APIResponse(responseCode = "403", description = "Another division's indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round in the caller's agency, or indicator not in the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EvidenceView> list(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode) {
        return evidence.list(roundId, indicatorCode);
    }

    @GET
    @Path("/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OPERATOR, Roles.DIVISION_HEAD, Roles.SAKIP_TEAM, Roles.SECRETARY, Roles.HEAD, Roles.AUDITOR})
    @Operation(operationId = "downloadEvidence",
            summary = "Download one evidence file (unduh bukti dukung)",
            description = "Same readers as the list. The content type is the one recognised at upload; the header "
                    + "X-Content-SHA256 carries the stored hash.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "403", description = "Another division's indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round, indicator or evidence in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode,
                             @PathParam("evidenceId") UUID evidenceId) {
        EvidenceService.Download file = evidence.download(roundId, indicatorCode, evidenceId);
        return Response.ok(file.content(), file.evidence().contentType)
                .header("Content-Disposition", contentDisposition(file.evidence().filename))
                .header("X-Content-SHA256", file.evidence().sha256)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{evidenceId}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "removeEvidence",
            summary = "Remove evidence (hapus bukti dukung)",
            description = "Operators of the indicator's division only, while the entry may change. Evidence that was "
                    + "part of a submitted recap revision stays (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an operator, or another division's indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round, indicator or evidence in the caller's agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The entry cannot change, or the evidence was submitted in a recap",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("roundId") UUID roundId, @PathParam("indicatorCode") String indicatorCode,
                           @PathParam("evidenceId") UUID evidenceId) {
        evidence.remove(roundId, indicatorCode, evidenceId);
        return Response.noContent().build();
    }

    /** An ASCII fallback name plus the exact UTF-8 name (RFC 6266). */
    private static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
