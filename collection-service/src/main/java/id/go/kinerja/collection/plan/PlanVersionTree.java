package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published plan version and its plan tree for one of its years")
public record PlanVersionTree(PlanVersionView version, PlanTree tree) {
}
