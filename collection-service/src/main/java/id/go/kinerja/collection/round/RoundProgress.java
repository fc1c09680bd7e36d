package id.go.kinerja.collection.round;

import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.procedure.StepOutputs;

/**
 * What happens to a round here, raised inside the transaction that did it (which holds the round's lock), for
 * whoever records it: the SOP timeline observes them. In-process only; nothing here leaves the service.
 */
public final class RoundProgress {

    private RoundProgress() {
    }

    /** The Head's memo opened the round. */
    public record Opened(CollectionRound round, StepOutputs.HeadMemo memo, Actor head) {
    }

    /** Entries of the round were entered, corrected or verified. */
    public record EntriesChanged(CollectionRound round, Actor actor) {
    }
}
