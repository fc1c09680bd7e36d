package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outputs people record for the steps only collection has, A4 and A5 (docs/sop.md A, "Output"); those of
 * A1-A3 are the platform's {@link id.go.kinerja.platform.procedure.StepOutputs}, shared with measurement.
 */
public final class SopOutputs {

    private SopOutputs() {
    }

    @Schema(name = "DocumentChecklist", description = "A4: the documents gathered, every kind exactly once")
    public record DocumentChecklist(@NotEmpty List<@Valid Document> documents) {

        /** Refuses a checklist that misses a kind of document or lists one twice (400). */
        public void requireEveryKindOnce() {
            List<Problem.FieldError> errors = new ArrayList<>();
            Set<DocumentKind> seen = EnumSet.noneOf(DocumentKind.class);
            for (int i = 0; i < documents.size(); i++) {
                if (!seen.add(documents.get(i).kind())) {
                    errors.add(new Problem.FieldError("documents[" + i + "].kind",
                            CollectionProblem.text("sop.listedTwice", documents.get(i).kind())));
                }
            }
            EnumSet.complementOf(EnumSet.copyOf(seen)).forEach(kind ->
                    errors.add(new Problem.FieldError("documents", CollectionProblem.text("sop.documentMissing", kind))));
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }

        @Schema(name = "ChecklistDocument")
        public record Document(
                @NotNull DocumentKind kind,
                @NotNull DocumentStatus status,
                @Schema(description = "Where the document is: an evidence id, a file name or a link", example =
                        "PK-2025-ttd.pdf") @Size(max = 500) String attachment) {
        }
    }

    @Schema(description = "PK (Perjanjian Kinerja), IKU, DPA, ACTIVITY_EVIDENCE (bukti kegiatan), SURVEY_RESULTS (hasil "
            + "survei), EVALUATION_REPORTS (laporan evaluasi), SAKIP_ASSESSMENT (penilaian SAKIP Menpan RB), "
            + "DATA_COLLECTION_FORM (draf form pengumpulan data)")
    public enum DocumentKind {
        PK, IKU, DPA, ACTIVITY_EVIDENCE, SURVEY_RESULTS, EVALUATION_REPORTS, SAKIP_ASSESSMENT, DATA_COLLECTION_FORM
    }

    @Schema(description = "AVAILABLE (ada), INCOMPLETE (belum lengkap), NOT_AVAILABLE (tidak ada)")
    public enum DocumentStatus {
        AVAILABLE, INCOMPLETE, NOT_AVAILABLE
    }

    @Schema(name = "OperatorBriefing", description = "A5: the operators' briefing (pengarahan), with the attendees of "
            + "every division that has indicators in the round")
    public record OperatorBriefing(
            @Schema(example = "2025-04-03") @NotNull LocalDate date,
            @NotEmpty List<@Valid Attendance> divisions) {

        @Schema(name = "BriefingAttendance")
        public record Attendance(
                @Schema(example = "PERDAGANGAN") @NotBlank String divisionCode,
                @Schema(example = "[\"Rina (operator)\"]") @NotEmpty List<@NotBlank @Size(max = 200) String> attendees) {
        }
    }
}
