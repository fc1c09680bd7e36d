package id.go.kinerja.archive.operations;

import id.go.kinerja.platform.deadletter.DeadLetterResource;
import jakarta.ws.rs.Path;

/** The dead letters of archive-service's consumers, for its ADMIN to read and replay. */
@Path("/api/archive/operations/dead-letters")
public class ArchiveDeadLetterResource extends DeadLetterResource {
}
