package id.go.kinerja.platform.problem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text of a resource bundle with its arguments, put into words only when the answer is written, in the language the
 * caller asked for ({@link Languages}). The base bundle is Indonesian, {@code _en} English; there is no fallback to the
 * JVM's locale. Every text is a {@link MessageFormat} pattern (a single quote is written {@code ''}), also one without
 * arguments. Arguments are shown as they are ({@code 2025}, not {@code 2.025}); an argument that is itself a
 * {@code Message} is put into the same language.
 */
public record Message(String bundle, String key, List<Object> args) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static Message of(String bundle, String key, Object... args) {
        return new Message(bundle, key, Arrays.asList(args));
    }

    public String in(Locale language) {
        String pattern = bundleIn(bundle, language).getString(key);
        Object[] shown = args.stream().map(arg -> shown(arg, language)).toArray();
        return new MessageFormat(pattern, language).format(shown);
    }

    /** Whether the bundle has this key (in its Indonesian base, which every language falls back to). */
    public static boolean exists(String bundle, String key) {
        return bundleIn(bundle, Languages.INDONESIAN).containsKey(key);
    }

    static ResourceBundle bundleIn(String bundle, Locale language) {
        return ResourceBundle.getBundle(bundle, language, Message.class.getClassLoader(), NO_FALLBACK);
    }

    private static Object shown(Object arg, Locale language) {
        if (arg instanceof Message message) {
            return message.in(language);
        }
        return arg == null ? "" : arg.toString();
    }
}
