package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published plan version and its content for one of its years, in the shape of the live plan")
public record PlanVersionDocument(PlanVersionView version, PlanDocument plan) {
}
