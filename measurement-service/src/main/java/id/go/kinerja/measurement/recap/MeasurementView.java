package id.go.kinerja.measurement.recap;

import id.go.kinerja.measurement.recap.RecapMeasured.MeasuredItem;
import id.go.kinerja.measurement.recap.RecapMeasured.MeasuredNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement", description = "The measurement (pengukuran capaian kinerja) of one revision of a recap: "
        + "a result per indicator, a roll-up per plan node, level summaries and the headline figure")
public record MeasurementView(
        UUID recapId,
        @Schema(example = "DISDAGTRANS") String agencyCode,
        @Schema(example = "Dinas Perdagangan dan Transmigrasi") String agencyName,
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(description = "Quarter (triwulan) 1-4; 4 is the annual report", example = "1") int quarter,
        @Schema(description = "Revision of the recap this measurement is of", example = "1") int revision,
        @Schema(description = "Which measurement of that revision (1, more after a methodology fix)", example = "1")
        int measuredRevision,
        @Schema(description = "Latest revision of the recap") int currentRevision,
        @Schema(description = "Where the recap's latest revision stands") RecapStatus recapState,
        @Schema(description = "True when this revision was approved: its results never change") boolean frozen,
        @Schema(description = "Whether this measurement went to the Secretary (false while methodologies are missing)")
        boolean forwarded,
        Measurement.Trigger trigger,
        Instant measuredAt,
        String measuredBy,
        RecapMeasured.ScaleRef predicateScale,
        @Schema(description = "Roll-up ceiling, percent", example = "200.00") BigDecimal rollUpCeiling,
        @Schema(description = "Headline achievement (capaian IKU): the OBJECTIVE (Sasaran) level summary",
                example = "87.25") BigDecimal headlineAchievement,
        @Schema(description = "Indicators without a methodology (the measurement is held back while any remain)")
        List<String> methodologyMissing,
        List<RecapMeasured.LevelSummary> levelSummaries,
        List<MeasuredNode> nodes,
        List<MeasuredItem> items,
        @Schema(description = "Every measurement of the recap, oldest first") List<MeasurementHistory> history,
        @Schema(description = "Only while recapState is AWAITING_SOP (the recap arrived before the SOP steps B1-B4 of "
                + "its period were done, so it is held, not yet measured): the steps still to be done, in order. Once the "
                + "last of them is recorded the recap is measured. Empty otherwise")
        List<PendingStep> waitingFor) {

    /** An SOP step that must be done before the recap is measured. */
    @Schema(name = "MeasurementPendingStep")
    public record PendingStep(@Schema(example = "B2") String step,
                              @Schema(example = "Sekretaris memimpin rapat pembahasan pengukuran kinerja") String name,
                              String nameEn,
                              @Schema(example = "SECRETARY") String ownerRole) {
    }

    static MeasurementView of(Recap recap, Measurement measurement, RecapMeasured content,
                              List<MeasurementHistory> history) {
        return new MeasurementView(recap.recapId, recap.agencyCode, content.agencyName(), content.roundId(),
                content.year(), content.quarter(), measurement.revision, measurement.measuredRevision,
                recap.currentRevision, recap.state, Objects.equals(recap.approvedRevision, measurement.revision),
                measurement.forwarded, measurement.trigger, measurement.measuredAt, measurement.measuredBy,
                content.predicateScale(), content.rollUpCeiling(), content.headlineAchievement(),
                List.copyOf(MeasuringRevision.missingMethodologies(content)), content.levelSummaries(),
                content.nodes(), content.items(), history, List.of());
    }

    /** A recap held until the SOP steps B1-B4 of its period are done: its state and what must happen first. */
    static MeasurementView awaitingSop(Recap recap, List<PendingStep> waitingFor, List<MeasurementHistory> history) {
        return new MeasurementView(recap.recapId, recap.agencyCode, recap.agencyName, recap.roundId, recap.year,
                recap.quarter, recap.currentRevision, 0, recap.currentRevision, recap.state, false, false, null, null,
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), history, List.copyOf(waitingFor));
    }

    /**
     * What an operator or division head may see: the items of their own division and the plan nodes
     * those belong to; agency-wide summaries and the headline are left out.
     */
    public MeasurementView ofDivision(String divisionCode) {
        List<MeasuredItem> own = items.stream().filter(item -> Objects.equals(item.divisionCode(), divisionCode)).toList();
        Set<String> ownNodes = own.stream().map(MeasuredItem::nodeCode).collect(Collectors.toSet());
        return new MeasurementView(recapId, agencyCode, agencyName, roundId, year, quarter, revision, measuredRevision,
                currentRevision, recapState, frozen, forwarded, trigger, measuredAt, measuredBy, predicateScale,
                rollUpCeiling, null, methodologyMissing.stream().filter(code -> own.stream()
                        .anyMatch(item -> item.indicatorCode().equals(code))).toList(),
                List.of(), nodes.stream().filter(node -> ownNodes.contains(node.code())).toList(), own, history,
                waitingFor);
    }
}
