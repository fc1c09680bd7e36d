package id.go.kinerja.archive.record;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An archived record with the complete document it holds. */
@Schema(name = "ArchiveRecord", description = "An archived recap revision with its complete document (dokumen arsip)")
public record RecordDetails(
        @Schema(description = "Where the record belongs and its seal") RecordSummary metadata,
        @Schema(type = SchemaType.OBJECT, description = "The RecapDisposed event as received: plan nodes, items with targets, "
                + "realisations (realisasi) and results (capaian, predikat), level summaries, every review with its "
                + "decisions and reasons, and the Head's disposition (disposisi). Its canonical form hashes to contentHash.")
        @JsonRawValue String document) {
}
