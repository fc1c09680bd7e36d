package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.PlatformProblem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The order rules of an SOP procedure, for any step catalogue: which step must come first, which steps may
 * start, and which steps a return of the recap runs again. Framework-free; a service keeps the step records
 * and asks these questions (and refuses a step out of order with {@link #outOfOrder}, the same 409 in every service).
 */
public final class Procedure<S extends Enum<S> & ProcedureStep> {

    /** Part A: a return of the recap (A10) sends it back to data entry (A6) and through A7-A10 again. */
    public static final Procedure<CollectionStep> COLLECTION =
            new Procedure<>("COLLECTION", CollectionStep.class, CollectionStep.A6, CollectionStep.A10);

    /** Part B: a return (B8) sends it back to measuring (B5) and through B6-B8 again. */
    public static final Procedure<MeasurementStep> MEASUREMENT =
            new Procedure<>("MEASUREMENT", MeasurementStep.class, MeasurementStep.B5, MeasurementStep.B8);

    private final String name;
    private final Class<S> type;
    private final S returnTo;
    private final S review;

    private Procedure(String name, Class<S> type, S returnTo, S review) {
        this.name = name;
        this.type = type;
        this.returnTo = returnTo;
        this.review = review;
    }

    public String name() {
        return name;
    }

    /** The catalogue's enum. */
    public Class<S> type() {
        return type;
    }

    /** Every step in the SOP's order. */
    public List<S> steps() {
        return List.of(type.getEnumConstants());
    }

    /** The step with this number ({@code a6} and {@code A6} alike), if the procedure has it. */
    public Optional<S> step(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return steps().stream().filter(step -> step.name().equals(wanted)).findFirst();
    }

    /**
     * The step that must come first before {@code step} may be done: the earliest of the steps it depends on
     * (directly or through others) that is not done. Empty when everything before it is done.
     */
    public Optional<S> mustComeFirst(S step, Predicate<S> done) {
        Set<S> before = EnumSet.noneOf(type);
        collectPredecessors(step, before);
        return before.stream().filter(done.negate()).findFirst();
    }

    /** Refuses {@code step} with {@link #outOfOrder} while a step before it is not done. */
    public void requireOrder(S step, Predicate<S> done, String why) {
        mustComeFirst(step, done).ifPresent(first -> {
            throw outOfOrder(first, step, why);
        });
    }

    /**
     * The 409 {@code STEP_OUT_OF_ORDER} for {@code step} done too early; the problem names {@code mustComeFirst} and
     * {@code step}, in the SOP's Indonesian wording (English: the step's English name and {@code why}).
     */
    public static Conflict outOfOrder(ProcedureStep first, ProcedureStep step, String why) {
        return new Conflict(PlatformProblem.STEP_OUT_OF_ORDER, Map.of("mustComeFirst", first.name(), "step", step.name()),
                first.name(), first.definition().nameId(), first.definition().nameEn(), step.name(), why);
    }

    /** The steps that have not started and whose predecessors are all done, in the SOP's order. */
    public List<S> startable(Predicate<S> started, Predicate<S> done) {
        List<S> startable = new ArrayList<>();
        for (S step : steps()) {
            if (!started.test(step) && step.predecessors().stream().map(type::cast).allMatch(done)) {
                startable.add(step);
            }
        }
        return startable;
    }

    /** The step whose outcome may be a return (A10, B8). */
    public S review() {
        return review;
    }

    /** The steps a return runs again, from the step it returns to through the review (A6-A10, B5-B8). */
    public List<S> returnLoop() {
        return List.copyOf(EnumSet.range(returnTo, review));
    }

    private void collectPredecessors(S step, Set<S> into) {
        for (ProcedureStep predecessor : step.predecessors()) {
            S typed = type.cast(predecessor);
            if (into.add(typed)) {
                collectPredecessors(typed, into);
            }
        }
    }
}
