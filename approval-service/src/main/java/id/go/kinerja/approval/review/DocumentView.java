package id.go.kinerja.approval.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A measured document (recap revision with its measurement results — hasil pengukuran) as "
        + "measurement-service sent it, with the Secretary's decision per item")
public record DocumentView(
        @Schema(example = "1") int revision,
        @Schema(example = "1") int measuredRevision,
        @Schema(description = "When measurement produced it") Instant measuredAt,
        @Schema(description = "When it reached approval") Instant receivedAt,
        @Schema(example = "Dinas Perdagangan dan Transmigrasi") String agencyName,
        @Schema(implementation = Object.class, description = "Headline achievement (capaian IKU): the Sasaran-level summary, as sent") JsonNode headlineAchievement,
        @Schema(type = SchemaType.ARRAY, implementation = Object.class, description = "Summary per plan level: achievement and predicate counts, as sent") JsonNode levelSummaries,
        @Schema(type = SchemaType.ARRAY, implementation = Object.class, description = "Plan nodes (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan) with their roll-up, as sent") JsonNode nodes,
        @Schema(example = "12") int itemCount,
        @Schema(example = "10") long acceptedCount,
        @Schema(example = "1") long returnedCount,
        @Schema(example = "1") long undecidedCount,
        @Schema(description = "The items (indicators), in document order, after the optional filters") List<ItemView> items) {

    @Schema(name = "DocumentItem", description = "One item (indikator) of the document: its data, its measurement "
            + "result (capaian, predikat), and the Secretary's decision on it")
    public record ItemView(
            @Schema(example = "IKP-02") String indicatorCode,
            @Schema(example = "Jumlah pelaku usaha yang mengikuti pelatihan") String indicatorName,
            @Schema(example = "PERDAGANGAN") String divisionCode,
            @Schema(example = "3.30.02") String nodeCode,
            @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "The item as sent, without its result: unit, polarity, targets (target), "
                    + "realisations (realisasi) with who entered and verified them, evidence") JsonNode data,
            @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "The measurement result: status, achievement (capaian), predicate (predikat), "
                    + "flags, rule, formula, methodologyVersion") JsonNode result,
            @Schema(description = "The quarters whose realisation the operator answered is not available (tidak ada "
                    + "data), with their reason; empty when every quarter has a value or a grade") List<NoData> noData,
            @Schema(description = "The decision on this item in this revision; null while undecided") ItemDecisionView decision,
            @Schema(description = "From the second review on: what changed since the last returned review and why "
                    + "it had been returned; null for a first review") ChangesSinceReview.ItemChanges changes) {
    }

    @Schema(name = "DocumentItemNoData", description = "A quarter answered \"no data\" (tidak ada data): measured as a "
            + "missing realisation (INCOMPLETE)")
    public record NoData(
            @Schema(example = "2") int quarter,
            @Schema(example = "Survei kepuasan triwulan II ditunda karena anggaran belum cair") String reason) {

        /** The item's realisations (as measurement sent them) that answer no data, in quarter order. */
        static List<NoData> of(JsonNode item) {
            List<NoData> answers = new ArrayList<>();
            for (JsonNode realisation : item.path("realisations")) {
                if (realisation.path("noData").asBoolean(false)) {
                    answers.add(new NoData(realisation.path("quarter").asInt(),
                            realisation.path("noDataReason").asText(null)));
                }
            }
            return answers;
        }
    }
}
