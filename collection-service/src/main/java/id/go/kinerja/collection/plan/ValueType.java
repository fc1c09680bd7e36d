package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "NUMBER, PERCENT, or PREDICATE (a grade such as the SAKIP grade BB)")
public enum ValueType {
    NUMBER, PERCENT, PREDICATE
}
