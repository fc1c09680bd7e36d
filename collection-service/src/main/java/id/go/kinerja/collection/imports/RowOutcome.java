package id.go.kinerja.collection.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the import does (or, in a dry run, would do) with a row")
public enum RowOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
