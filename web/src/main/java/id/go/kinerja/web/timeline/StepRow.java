package id.go.kinerja.web.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.session.Person;
import id.go.kinerja.web.session.Role;
import id.go.kinerja.web.site.StepPages;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a round's SOP timeline as a person reads it: the step and its cycle, the agency's standard time, the
 * working time taken, the deadline, the status, who holds or did it, its output, and for a running step the page
 * where its holder does it (only for a person who holds it).
 *
 * @param workingMinutes working time taken so far (working days and hours of the agency's calendar)
 * @param archiveId the sealed record a step's output names (A12, B10), for a link to it
 */
public record StepRow(String step, int cycle, String standardTime, long workingMinutes, String startedAt,
                      String endedAt, String deadline, String status, String who, List<String> output,
                      String archiveId, String link) {

    static final String SYSTEM = "SYSTEM";

    /**
     * @param stepPage where the holder of a running step does it, or null when no page does it
     */
    static StepRow of(JsonNode step, Person person, StepPages stepPage) {
        String code = step.path("step").asText();
        String status = step.path("status").asText();
        String holderRole = holderRole(step.path("heldBy"));
        boolean running = "RUNNING".equals(status) || "OVERDUE".equals(status);
        String link = running && holderRole != null && person.is(holderRole) ? stepPage.of(code) : null;
        JsonNode output = step.path("output");
        return new StepRow(code, step.path("cycle").asInt(1), text(step, "standardTime"),
                step.path("workingSeconds").asLong(0) / 60, text(step, "startedAt"), text(step, "endedAt"),
                text(step, "deadline"), status, who(step, holderRole, status), StepOutput.summary(output),
                text(output, "archiveId"), link);
    }

    public boolean overdue() {
        return "OVERDUE".equals(status);
    }

    public boolean started() {
        return startedAt != null;
    }

    /** The row's id: the step, and its cycle when a return ran it again. */
    public String rowId() {
        return "langkah-" + step + (cycle > 1 ? "-siklus-" + cycle : "");
    }

    private static String holderRole(JsonNode heldBy) {
        JsonNode role = heldBy.isObject() ? heldBy.path("role") : heldBy;
        return role.isTextual() && !role.asText().isBlank() ? role.asText() : null;
    }

    private static String who(JsonNode step, String holderRole, String status) {
        JsonNode doneBy = step.path("doneBy");
        if (doneBy.hasNonNull("role") && (status.startsWith("DONE") || holderRole == null)) {
            String role = doneBy.path("role").asText();
            if (SYSTEM.equals(role)) {
                return "Sistem";
            }
            return doneBy.path("userId").asText() + " (" + Role.indonesianName(role) + ")";
        }
        if (holderRole == null) {
            return "–";
        }
        List<String> divisions = new ArrayList<>();
        step.path("heldBy").path("divisions").forEach(division -> divisions.add(division.asText()));
        String role = SYSTEM.equals(holderRole) ? "Sistem" : Role.indonesianName(holderRole);
        return divisions.isEmpty() ? role : role + " · " + String.join(", ", divisions);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }
}
