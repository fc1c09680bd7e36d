package id.go.kinerja.collection.sop;

import id.go.kinerja.collection.round.EntryState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What waits for the caller, oldest first")
public record MyWorkView(List<Item> items) {

    @Schema(description = "ENTER (NOT_ENTERED), CONFIRM (PROPOSED by an integration), CORRECT (SENT_BACK or RETURNED), "
            + "VERIFY (ENTERED, for the division head), STEP (an SOP step the caller's role holds)")
    public enum Kind {
        ENTER, CONFIRM, CORRECT, VERIFY, STEP
    }

    @Schema(name = "MyWorkItem")
    public record Item(
            Kind kind,
            UUID roundId,
            @Schema(example = "2025") int year,
            @Schema(example = "1") int quarter,
            @Schema(example = "A6") String step,
            @Schema(example = "Operators enter the performance data") String stepName,
            @Schema(description = "For entries", example = "IKP-01") String indicatorCode,
            @Schema(description = "For entries", example = "PERDAGANGAN") String divisionCode,
            @Schema(description = "For entries") EntryState state,
            @Schema(description = "Since when it waits") Instant since,
            @Schema(example = "2d") String standardTime,
            Instant deadline,
            boolean overdue) {
    }
}
