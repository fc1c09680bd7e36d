package id.go.kinerja.platform.procedure;

import static id.go.kinerja.platform.worktime.StandardTime.minutes;
import static id.go.kinerja.platform.worktime.StandardTime.workingDays;

import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.security.Roles;
import java.util.List;

/**
 * SOP part B, measurement of performance data (pengukuran data kinerja): B1-B10, one after the other. The
 * catalogue for measurement-service; collection uses {@link CollectionStep}.
 */
public enum MeasurementStep implements ProcedureStep {
    B1(new Definition("Kepala Dinas memerintahkan Sekretaris melaksanakan pengukuran kinerja",
            "Head orders the Secretary to measure performance", Roles.HEAD, Services.MEASUREMENT, minutes(5),
            OutputKind.MEMO, true), null),
    B2(new Definition("Sekretaris mengadakan rapat dengan Tim SAKIP Internal", "Secretary meets the Team",
            Roles.SECRETARY, Services.MEASUREMENT, minutes(60), OutputKind.MINUTES, true), B1),
    B3(new Definition("Tim menyusun rencana pengukuran", "Team plans the measurement", Roles.SAKIP_TEAM,
            Services.MEASUREMENT, minutes(120), OutputKind.WORK_PLAN, true), B2),
    B4(new Definition("Tim menyusun metodologi pengukuran berdasarkan indikator SMART",
            "Team prepares the measurement methodology from SMART indicators", Roles.SAKIP_TEAM,
            Services.MEASUREMENT, minutes(120), OutputKind.MEASUREMENT_WORKSHEET, true), B3),
    B5(new Definition("Tim mengukur capaian kinerja dengan metodologi tersebut",
            "Team measures achievement with that methodology", Roles.SAKIP_TEAM, Services.MEASUREMENT,
            workingDays(1), OutputKind.MEASUREMENT_WORKSHEET, false), B4),
    B6(new Definition("Tim merekap hasil pengukuran", "Team recaps the measurement results", Roles.SAKIP_TEAM,
            Services.MEASUREMENT, minutes(120), OutputKind.RECAP, false), B5),
    B7(new Definition("Tim melaporkan rekap kepada Sekretaris", "Team reports the recap to the Secretary",
            Roles.SAKIP_TEAM, Services.MEASUREMENT, minutes(30), OutputKind.REPORT, false), B6),
    B8(new Definition("Sekretaris menganalisis: disetujui, atau dikembalikan untuk dilengkapi",
            "Secretary analyses: approves, or returns for completion", Roles.SECRETARY, Services.APPROVAL,
            minutes(90), OutputKind.REVIEW, false), B7),
    B9(new Definition("Sekretaris melaporkan kepada Kepala Dinas; disposisi Kepala Dinas",
            "Secretary reports to the Head; the Head's disposition", Roles.HEAD, Services.APPROVAL, minutes(30),
            OutputKind.DISPOSITION, false), B8),
    B10(new Definition("Pengarsipan", "Archive", Actor.SYSTEM.role(), Services.ARCHIVE, null, OutputKind.ARCHIVE,
            false), B9);

    private final Definition definition;
    private final List<MeasurementStep> predecessors;

    MeasurementStep(Definition definition, MeasurementStep predecessor) {
        this.definition = definition;
        this.predecessors = predecessor == null ? List.of() : List.of(predecessor);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    @Override
    public List<MeasurementStep> predecessors() {
        return predecessors;
    }
}
