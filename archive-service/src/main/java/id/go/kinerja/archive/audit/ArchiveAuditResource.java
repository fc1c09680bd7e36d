package id.go.kinerja.archive.audit;

import id.go.kinerja.platform.audit.AuditResource;
import jakarta.ws.rs.Path;

/** The audit trail of archive-service: every record archived and every refused request (jejak audit). */
@Path("/api/archive/audit")
public class ArchiveAuditResource extends AuditResource {
}
