package id.go.kinerja.platform.procedure;

import static id.go.kinerja.platform.worktime.StandardTime.minutes;
import static id.go.kinerja.platform.worktime.StandardTime.workingDays;

import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.security.Roles;
import java.util.List;

/** SOP part A, collection of performance data (pengumpulan data kinerja): A1-A12, one after the other. */
public enum CollectionStep implements ProcedureStep {
    A1(new Definition("Kepala Dinas memerintahkan Sekretaris melaksanakan pengumpulan data kinerja",
            "Head orders the Secretary to collect performance data", Roles.HEAD, Services.COLLECTION, minutes(5),
            OutputKind.MEMO, true), null),
    A2(new Definition("Sekretaris mengadakan rapat dengan Tim SAKIP Internal",
            "Secretary meets the Team to direct the work", Roles.SECRETARY, Services.COLLECTION, minutes(60),
            OutputKind.MINUTES, true), A1),
    A3(new Definition("Tim menyusun rencana pengumpulan data", "Team plans the collection", Roles.SAKIP_TEAM,
            Services.COLLECTION, minutes(120), OutputKind.WORK_PLAN, true), A2),
    A4(new Definition("Tim mengumpulkan dokumen yang dibutuhkan", "Team gathers the documents needed",
            Roles.SAKIP_TEAM, Services.COLLECTION, workingDays(1), OutputKind.DOCUMENT_CHECKLIST, true), A3),
    A5(new Definition("Tim memberikan pengarahan kepada operator bidang", "Team briefs each division's operators",
            Roles.SAKIP_TEAM, Services.COLLECTION, minutes(120), OutputKind.BRIEFING, true), A4),
    A6(new Definition("Operator menginput data kinerja pada aplikasi", "Operators enter the performance data",
            Roles.OPERATOR, Services.COLLECTION, workingDays(2), OutputKind.ENTRIES, false), A5),
    A7(new Definition("Kepala Bidang memeriksa data yang diinput", "Division heads check the entries",
            Roles.DIVISION_HEAD, Services.COLLECTION, minutes(120), OutputKind.CROSS_CHECK, false), A6),
    A8(new Definition("Tim merekap data capaian kinerja", "Team recaps the achievement data", Roles.SAKIP_TEAM,
            Services.COLLECTION, minutes(30), OutputKind.RECAP, false), A7),
    A9(new Definition("Tim melaporkan rekap kepada Sekretaris", "Team reports the recap to the Secretary",
            Roles.SAKIP_TEAM, Services.COLLECTION, minutes(30), OutputKind.REPORT, false), A8),
    A10(new Definition("Sekretaris menganalisis rekap: disetujui, atau dikembalikan untuk dilengkapi",
            "Secretary analyses the recap: approves it, or returns it for completion", Roles.SECRETARY,
            Services.APPROVAL, minutes(90), OutputKind.REVIEW, false), A9),
    A11(new Definition("Sekretaris melaporkan hasil kepada Kepala Dinas; disposisi Kepala Dinas",
            "Secretary reports the result to the Head; the Head's disposition", Roles.HEAD, Services.APPROVAL,
            minutes(30), OutputKind.DISPOSITION, false), A10),
    A12(new Definition("Pengarsipan data kinerja", "Archive the performance data", Actor.SYSTEM.role(),
            Services.ARCHIVE, null, OutputKind.ARCHIVE, false), A11);

    private final Definition definition;
    private final List<CollectionStep> predecessors;

    CollectionStep(Definition definition, CollectionStep predecessor) {
        this.definition = definition;
        this.predecessors = predecessor == null ? List.of() : List.of(predecessor);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    @Override
    public List<CollectionStep> predecessors() {
        return predecessors;
    }
}
