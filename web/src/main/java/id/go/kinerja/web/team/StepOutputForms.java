package id.go.kinerja.web.team;

import id.go.kinerja.web.site.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs the SOP asks of the steps people record, read from their forms into the bodies the services take:
 * minutes of the Secretary's meeting (A2, B2), the team's work plan (A3, B3), the document checklist (A4), the
 * operators' briefing (A5) and the note declaring the methodology ready (B4). A blank field goes as null, so that the
 * service, which owns the rules, names what is missing.
 */
public final class StepOutputForms {

    private StepOutputForms() {
    }

    static Map<String, Object> minutes(Typed form) {
        return minutes(form.get("date"), form.get("attendees"), form.get("summary"));
    }

    /** The minutes of a meeting (A2, B2) as both services take them: one attendee per line of {@code attendees}. */
    public static Map<String, Object> minutes(String date, String attendees, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", blankAsNull(date));
        body.put("attendees", lines(attendees));
        body.put("summary", blankAsNull(summary));
        return body;
    }

    static Map<String, Object> workPlan(Typed form) {
        List<Map<String, Object>> activities = new ArrayList<>();
        for (Typed.Activity row : form.getRows()) {
            if (row.activity().isEmpty() && row.start().isEmpty() && row.end().isEmpty() && row.responsible().isEmpty()) {
                continue;
            }
            Map<String, Object> activity = new LinkedHashMap<>();
            activity.put("activity", blankAsNull(row.activity()));
            activity.put("start", blankAsNull(row.start()));
            activity.put("end", blankAsNull(row.end()));
            activity.put("responsible", blankAsNull(row.responsible()));
            activities.add(activity);
        }
        return Map.of("activities", activities);
    }

    static Map<String, Object> checklist(Typed form) {
        List<Map<String, Object>> documents = new ArrayList<>();
        Vocabulary.documentKinds().keySet().forEach(kind -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("kind", kind);
            document.put("status", blankAsNull(form.get("status." + kind)));
            document.put("attachment", blankAsNull(form.get("attachment." + kind)));
            documents.add(document);
        });
        return Map.of("documents", documents);
    }

    static Map<String, Object> briefing(Typed form, List<String> divisions) {
        List<Map<String, Object>> attendance = new ArrayList<>();
        divisions.forEach(division -> attendance.add(Map.of("divisionCode", division,
                "attendees", form.lines("attendees." + division))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", blankAsNull(form.get("date")));
        body.put("divisions", attendance);
        return body;
    }

    static Map<String, Object> methodologyReady(Typed form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", blankAsNull(form.get("note")));
        return body;
    }

    /** The lines of a text area that say something, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
