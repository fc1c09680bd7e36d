package id.go.kinerja.measurement.audit;

import id.go.kinerja.platform.audit.AuditResource;
import jakarta.ws.rs.Path;

/** The audit trail of measurement-service: every change and every refused request (jejak audit). */
@Path("/api/measurement/audit")
public class MeasurementAuditResource extends AuditResource {
}
