package id.go.kinerja.platform.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outputs people record for the opening steps both procedures share (docs/sop.md, column "Output"): the Head's
 * memo (A1, B1), the minutes of the Secretary's meeting with the team (A2, B2) and the team's work plan (A3, B3).
 */
public final class StepOutputs {

    private StepOutputs() {
    }

    @Schema(name = "HeadMemo", description = "The Head's order to the Secretary (Nota Dinas)")
    public record HeadMemo(
            @Schema(description = "Nomor Nota Dinas", example = "800/112/DP-Trans/2025") @NotBlank @Size(max = 100)
            String number,
            @Schema(description = "Tanggal Nota Dinas", example = "2025-04-01") @NotNull LocalDate date) {
    }

    @Schema(name = "MeetingMinutes", description = "Minutes (notulen rapat) of the Secretary's meeting with the team")
    public record MeetingMinutes(
            @Schema(example = "2025-04-02") @NotNull LocalDate date,
            @Schema(description = "Peserta rapat", example = "[\"Sekretaris\", \"Ketua Tim SAKIP\"]")
            @NotEmpty List<@NotBlank @Size(max = 200) String> attendees,
            @Schema(description = "Ringkasan arahan", example = "Pengukuran TW I selesai 20 April")
            @NotBlank @Size(max = 4000) String summary) {
    }

    @Schema(name = "WorkPlan", description = "The team's work plan (program kerja kegiatan)")
    public record WorkPlan(@NotEmpty List<@Valid Activity> activities) {

        @Schema(name = "WorkPlanActivity")
        public record Activity(
                @Schema(description = "Kegiatan", example = "Penyusunan kertas kerja pengukuran") @NotBlank
                @Size(max = 500) String activity,
                @Schema(example = "2025-04-03") @NotNull LocalDate start,
                @Schema(example = "2025-04-04") @NotNull LocalDate end,
                @Schema(description = "Penanggung jawab", example = "Tim SAKIP") @NotBlank @Size(max = 200)
                String responsible) {
        }
    }
}
