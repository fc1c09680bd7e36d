package id.go.kinerja.web.team;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * What the person typed into a form, kept to fill the form again when the service refuses it (nothing typed is lost).
 * Templates: {@code {form.get('date')}}, {@code {form.lines('attendees')}}, {@code {form.rows}}.
 */
public final class Typed {

    /** One row of a work plan (A3, B3) as typed. */
    public record Activity(String activity, String start, String end, String responsible) {
    }

    /** Rows a work plan form offers: the person fills as many as they need, blank rows are left out. */
    static final int ACTIVITY_ROWS = 5;

    private final MultivaluedMap<String, String> values;

    private Typed(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    static Typed of(MultivaluedMap<String, String> form) {
        return new Typed(form == null ? new MultivaluedHashMap<>() : form);
    }

    static Typed nothing() {
        return new Typed(new MultivaluedHashMap<>());
    }

    /** The field's text, trimmed; "" when absent. */
    public String get(String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** A field of a group, e.g. {@code field('attendees', 'PERDAGANGAN')} for {@code attendees.PERDAGANGAN}. */
    public String field(String group, String key) {
        return get(group + "." + key);
    }

    /** Whether {@code value} was chosen in the group's field (a select). */
    public boolean chosen(String group, String key, String value) {
        return value.equals(field(group, key));
    }

    /** Whether {@code value} is among the field's values (checkboxes of the same name). */
    public boolean includes(String name, String value) {
        return all(name).contains(value);
    }

    public boolean checked(String name) {
        return "true".equals(get(name));
    }

    /** A text area read as one entry a line (attendees), blank lines left out. */
    List<String> lines(String name) {
        return StepOutputForms.lines(get(name));
    }

    List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all;
    }

    /** The work plan's rows as typed, padded with blank ones to {@link #ACTIVITY_ROWS}. */
    public List<Activity> getRows() {
        List<Activity> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(ACTIVITY_ROWS, all("activity").size()); i++) {
            rows.add(new Activity(at("activity", i), at("start", i), at("end", i), at("responsible", i)));
        }
        return rows;
    }

    private String at(String name, int index) {
        List<String> all = all(name);
        return index < all.size() && all.get(index) != null ? all.get(index).strip() : "";
    }
}
