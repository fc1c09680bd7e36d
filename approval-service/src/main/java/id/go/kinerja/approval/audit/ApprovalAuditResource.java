package id.go.kinerja.approval.audit;

import id.go.kinerja.platform.audit.AuditResource;
import jakarta.ws.rs.Path;

/** The audit trail of approval-service: every change and every refused request. */
@Path("/api/approval/audit")
public class ApprovalAuditResource extends AuditResource {
}
