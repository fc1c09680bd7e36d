package id.go.kinerja.collection.operations;

import id.go.kinerja.platform.deadletter.DeadLetterResource;
import jakarta.ws.rs.Path;

/** The dead letters of collection-service's consumers, for its ADMIN to read and replay. */
@Path("/api/collection/operations/dead-letters")
public class CollectionDeadLetterResource extends DeadLetterResource {
}
