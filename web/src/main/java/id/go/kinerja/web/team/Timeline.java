package id.go.kinerja.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A round's SOP timeline as a service answers it (collection A1-A12, measurement B1-B10, steps repeated per cycle),
 * read step by step: the latest cycle of each step decides whether it is done. Templates: {@code timeline.done('A3')},
 * {@code timeline.step('A3').output}.
 */
public final class Timeline {

    private final JsonNode body;

    Timeline(JsonNode body) {
        this.body = body;
    }

    public JsonNode getBody() {
        return body;
    }

    /** The step's row in its latest cycle; a missing node when the timeline does not have it. */
    public JsonNode step(String code) {
        JsonNode found = MissingNode.getInstance();
        for (JsonNode row : body.path("steps")) {
            if (code.equals(row.path("step").asText())) {
                found = row;
            }
        }
        return found;
    }

    public boolean done(String code) {
        return step(code).hasNonNull("endedAt");
    }

    /** True while the step runs (on time or past its standard time): the one to do now. */
    public boolean running(String code) {
        String status = step(code).path("status").asText();
        return !done(code) && ("RUNNING".equals(status) || "OVERDUE".equals(status));
    }
}
