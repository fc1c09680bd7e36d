package id.go.kinerja.web.audit;

import id.go.kinerja.web.backend.ServiceCall;
import id.go.kinerja.web.backend.Services;
import java.util.Arrays;
import java.util.Optional;

/** The four services that each keep their own audit trail, by the name the filter uses. */
enum AuditService {
    COLLECTION("pengumpulan", "Pengumpulan data"),
    MEASUREMENT("pengukuran", "Pengukuran"),
    APPROVAL("persetujuan", "Persetujuan"),
    ARCHIVE("arsip", "Arsip");

    private final String parameter;
    private final String label;

    AuditService(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    String parameter() {
        return parameter;
    }

    String label() {
        return label;
    }

    static Optional<AuditService> byParameter(String parameter) {
        return Arrays.stream(values()).filter(service -> service.parameter.equals(parameter)).findFirst();
    }

    ServiceCall trail(Services services) {
        return switch (this) {
            case COLLECTION -> services.collection("/api/collection/audit");
            case MEASUREMENT -> services.measurement("/api/measurement/audit");
            case APPROVAL -> services.approval("/api/approval/audit");
            case ARCHIVE -> services.archive("/api/archive/audit");
        };
    }
}
