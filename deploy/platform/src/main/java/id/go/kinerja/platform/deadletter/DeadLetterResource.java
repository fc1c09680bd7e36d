package id.go.kinerja.platform.deadletter;

import id.go.kinerja.platform.api.OpenApiDocument;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dead letters of a service, for its ADMIN: read what a consumer could not process and why, and once the cause is
 * fixed send it back to its topic (runbook: deploy/README.md, "Dead letters"). Each service exposes it under its own
 * prefix with a one-line subclass:
 * {@code @Path("/api/approval/operations/dead-letters") public class ApprovalDeadLetterResource extends DeadLetterResource {}}
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Messages a consumer could not process (pesan gagal): read them, replay them "
        + "(kirim ulang) after a fix. ADMIN only")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only ADMIN reads and replays dead letters",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The Kafka broker did not answer in time; nothing was replayed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public abstract class DeadLetterResource {

    private static final String TOPIC_EXAMPLE = "kinerja.collection.recap-submitted.dlq";

    @Inject
    DeadLetters deadLetters;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "listDeadLetterTopics",
            summary = "This service's dead-letter topics (topik pesan gagal)",
            description = "One entry per incoming topic whose consumer sends what it cannot process to a dead-letter "
                    + "topic, with the number of messages it holds. A dead-letter topic is shared by every service that "
                    + "reads the same source topic, so the count covers them all and every agency, like the metric "
                    + "kinerja_dlq_messages_total.")
    @APIResponse(responseCode = "200", description = "The dead-letter topics, by name")
    public List<DeadLetterTopic> topics() {
        return deadLetters.topics();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Path("{topic}")
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "listDeadLetters",
            summary = "Read the messages of a dead-letter topic (pesan gagal)",
            description = "Oldest first per partition: key (recap id), event type and id, the error the Kafka connector "
                    + "recorded (reason, cause, exception class), where the message was read from, when it was "
                    + "dead-lettered, its first bytes, and whether this service replayed it already. Shows the events "
                    + "of the caller's agency and the messages that are no event (they name no agency).")
    @APIResponse(responseCode = "200", description = "One page of dead letters")
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a dead-letter topic of this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<DeadLetter> list(
            @Parameter(description = "A dead-letter topic of this service", example = TOPIC_EXAMPLE)
            @PathParam("topic") String topic,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return deadLetters.list(topic, caller.agencyCode(), page, size);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Path("{topic}/{partition}/{offset}")
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "getDeadLetter",
            summary = "Read one dead letter (pesan gagal)",
            description = "The message at this partition and offset of the dead-letter topic, as in the list.")
    @APIResponse(responseCode = "200", description = "The dead letter")
    @APIResponse(responseCode = "400", description = "Partition or offset not a number, or negative",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such topic, partition or offset, or another agency's event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetter get(
            @Parameter(description = "A dead-letter topic of this service", example = TOPIC_EXAMPLE)
            @PathParam("topic") String topic,
            @Parameter(example = "0") @PathParam("partition") @Min(0) int partition,
            @Parameter(example = "12") @PathParam("offset") @Min(0) long offset) {
        return deadLetters.get(topic, partition, offset, caller.agencyCode());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("{topic}/{partition}/{offset}/replay")
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "replayDeadLetter",
            summary = "Replay one dead letter to its topic (kirim ulang)",
            description = "Sends the message back to the topic it was read from, with its key and its original headers "
                    + "(event-type, event-id, x-request-id, traceparent), without the dead-letter headers. Fix the cause "
                    + "first: a message that fails again returns to the dead-letter topic at a new offset. Safe to ask "
                    + "twice: a dead letter this service replayed before is not sent again (status ALREADY_REPLAYED), "
                    + "and the consumers apply an event at most once in any case. Recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "Replayed now, or already before")
    @APIResponse(responseCode = "400", description = "Partition or offset not a number, or negative",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such topic, partition or offset, or another agency's event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplayResult replay(
            @Parameter(description = "A dead-letter topic of this service", example = TOPIC_EXAMPLE)
            @PathParam("topic") String topic,
            @Parameter(example = "0") @PathParam("partition") @Min(0) int partition,
            @Parameter(example = "12") @PathParam("offset") @Min(0) long offset) {
        return deadLetters.replay(topic, partition, offset, caller.agencyCode(), caller.userId());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("{topic}/replay")
    @SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
    @Operation(operationId = "replayDeadLetters",
            summary = "Replay every event of the caller's agency in a dead-letter topic (kirim ulang semua)",
            description = "Sends back each event of the caller's agency that this service has not replayed before, in "
                    + "offset order. Messages that are no event (not JSON, no eventId or agencyCode) are left: they could "
                    + "only fail again. Run it twice and the second run sends nothing.")
    @APIResponse(responseCode = "200", description = "What was replayed now, and what was left")
    @APIResponse(responseCode = "404", description = "Not a dead-letter topic of this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplayAllResult replayAll(
            @Parameter(description = "A dead-letter topic of this service", example = TOPIC_EXAMPLE)
            @PathParam("topic") String topic) {
        return deadLetters.replayAll(topic, caller.agencyCode(), caller.userId());
    }
}
