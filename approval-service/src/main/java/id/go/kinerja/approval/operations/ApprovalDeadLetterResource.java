package id.go.kinerja.approval.operations;

import id.go.kinerja.platform.deadletter.DeadLetterResource;
import jakarta.ws.rs.Path;

/** The dead letters of approval-service's consumers, for its ADMIN to read and replay. */
@Path("/api/approval/operations/dead-letters")
public class ApprovalDeadLetterResource extends DeadLetterResource {
}
