package id.go.kinerja.measurement.operations;

import id.go.kinerja.platform.deadletter.DeadLetterResource;
import jakarta.ws.rs.Path;

/** The dead letters of measurement-service's consumers, for its ADMIN to read and replay. */
@Path("/api/measurement/operations/dead-letters")
public class MeasurementDeadLetterResource extends DeadLetterResource {
}
