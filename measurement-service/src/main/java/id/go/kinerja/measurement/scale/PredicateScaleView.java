package id.go.kinerja.measurement.scale;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PredicateScale", description = "A predicate scale (skala predikat capaian)")
public record PredicateScaleView(
        UUID id,
        @Schema(example = "RKPD_5") String name,
        @Schema(description = "The agency that adopted it; null for the default scale") String agencyCode,
        @Schema(example = "1970-01-01") LocalDate effectiveFrom,
        @Schema(description = "Whether it is the scale in effect today for the caller's agency") boolean inEffect,
        @Schema(description = "Bands, lowest first") List<Band> bands,
        String createdBy,
        Instant createdAt) {

    public record Band(@Schema(example = "TINGGI") String name, @Schema(example = "76") BigDecimal lowerBound,
                       @Schema(example = "91") BigDecimal upperBound) {
    }

    static PredicateScaleView of(StoredPredicateScale scale, boolean inEffect) {
        return new PredicateScaleView(scale.id, scale.name, scale.agencyCode, scale.effectiveFrom, inEffect,
                scale.toScale().bands().stream()
                        .map(band -> new Band(band.name(), band.lowerBound(), band.upperBound()))
                        .toList(),
                scale.createdBy, scale.createdAt);
    }
}
