package id.go.kinerja.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to parsed YAML, failing with the path of what is missing rather than a ClassCastException. */
final class Yamls {

    private Yamls() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new AssertionError(where + " should be a mapping, is " + describe(value));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new AssertionError(where + " should be a list, is " + describe(value));
    }

    /** The value at a dotted path of keys ("spec.template.spec"), or null when any part is absent. */
    static Object at(Object root, String path) {
        Object current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    static Map<String, Object> mapAt(Object root, String path, String where) {
        return map(at(root, path), where + ": " + path);
    }

    static List<Object> listAt(Object root, String path, String where) {
        return list(at(root, path), where + ": " + path);
    }

    static String stringAt(Object root, String path, String where) {
        Object value = at(root, path);
        if (value == null) {
            throw new AssertionError(where + ": " + path + " is missing");
        }
        return String.valueOf(value);
    }

    /** Compose's "environment", given either as a mapping or as a list of KEY=VALUE. */
    static Map<String, String> environment(Object value, String where) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (value == null) {
            return environment;
        }
        if (value instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                environment.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
            return environment;
        }
        map(value, where).forEach((key, v) -> environment.put(key, v == null ? null : String.valueOf(v)));
        return environment;
    }

    private static String describe(Object value) {
        return value == null ? "absent" : value.getClass().getSimpleName() + " " + value;
    }
}
