package id.go.kinerja.platform.api;

/**
 * What text the services accept: PostgreSQL cannot store a NUL character (0x00) in text at all, and an unpaired
 * UTF-16 surrogate has no UTF-8 form (the driver would store '?'). Both are refused at the edge with a 400 naming the
 * field, in JSON strings ({@link StrictJson}) and in path, query and header parameters ({@link StorableParameters}).
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String refusal(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (\\u0000), which cannot be stored";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate (\\u" + Integer.toHexString(c) + "), which is not a character";
            }
        }
        return null;
    }
}
