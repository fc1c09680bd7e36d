package id.go.kinerja.collection.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CREATE: every code must be new; UPDATE: every code must exist; CREATE_AND_UPDATE: either")
public enum ImportStrategy {
    CREATE, UPDATE, CREATE_AND_UPDATE
}
