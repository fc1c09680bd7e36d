package id.go.kinerja.platform.procedure;

import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.worktime.StandardTime;
import java.util.EnumMap;
import java.util.Map;

/** The standard time (waktu baku) of each step for an agency: the SOP's default unless the agency set its own. */
public final class StandardTimeTable {

    private StandardTimeTable() {
    }

    /**
     * @param agencyOwn the agency's own standard times, by step
     * @return every step's standard time; a step without one (the archive, unless the agency set one) is absent
     */
    public static <S extends Enum<S> & ProcedureStep> Map<S, StandardTime> of(Procedure<S> procedure,
                                                                              Map<S, StandardTime> agencyOwn) {
        S first = procedure.steps().get(0);
        Map<S, StandardTime> times = new EnumMap<>(first.getDeclaringClass());
        procedure.steps().forEach(step -> step.standardTime().ifPresent(time -> times.put(step, time)));
        times.putAll(agencyOwn);
        return times;
    }

    /** An agency's own standard time as an ADMIN typed it ("90m", "2d"); 400 on the field standardTime if not. */
    public static StandardTime parse(String text) {
        try {
            return StandardTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("standardTime", PlatformProblem.text("standardTime.invalid", text));
        }
    }
}
