package id.go.kinerja.collection.support;

/** The shapes of the codes people use to name things (SIPD codes, indicator codes, division codes). */
public final class Codes {

    /** Plan node and indicator codes, e.g. {@code T1}, {@code 3.30.02.2.01}, {@code IKU-01}: no spaces or slashes. */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";
    /** Its Bean Validation message, in the request's language (platform bundle, {@code constraint.kinerja.code}). */
    public static final String CODE_TEMPLATE = "{kinerja.code}";

    /** Division codes, e.g. {@code PERDAGANGAN}, as they appear in the {@code division} claim of tokens. */
    public static final String DIVISION = "[A-Z][A-Z0-9_]{0,29}";
    public static final String DIVISION_TEMPLATE = "{kinerja.divisionCode}";

    /** Grades of predicate indicators, e.g. {@code BB} (SAKIP) or {@code WTP} (audit opinion). */
    public static final String GRADE = "[A-Z][A-Z_+-]{0,19}";
    public static final String GRADE_TEMPLATE = "{kinerja.grade}";

    private Codes() {
    }
}
