package id.go.kinerja.collection.audit;

import id.go.kinerja.platform.audit.AuditResource;
import jakarta.ws.rs.Path;

/** The audit trail of collection-service: every change and every refused request (jejak audit). */
@Path("/api/collection/audit")
public class CollectionAuditResource extends AuditResource {
}
