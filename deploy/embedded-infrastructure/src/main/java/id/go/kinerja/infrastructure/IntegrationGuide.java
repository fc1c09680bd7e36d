package id.go.kinerja.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls {@code docs/integration.md} shows with curl, checked against the code of the service a test runs in: each
 * {@code curl … "$KINERJA/api/<service>/…"} names a method and path that a resource of the service has, and the
 * machine account's role INTEGRATION may call it ({@link RoleTable#ofCode}). A shell variable in the path
 * ({@code $ROUND}) stands for a path parameter.
 */
public final class IntegrationGuide {

    /** A call the guide shows: method, the path as written (without its query), and where. */
    public record Call(String method, String path, int line) {
    }

    private static final Pattern URL = Pattern.compile("\"\\$KINERJA(/api/[^\"?]*)");
    private static final Pattern METHOD = Pattern.compile("-X\\s+([A-Z]+)");
    private static final Pattern SENDS_BODY = Pattern.compile("\\s(-d|--data|--data-binary|-F)\\s");

    private IntegrationGuide() {
    }

    /** Fails unless the guide shows at least one call of {@code /api/<service>} and each exists for INTEGRATION. */
    public static void assertCallsOf(String service) {
        List<Call> calls = calls(read()).stream().filter(call -> call.path().startsWith("/api/" + service + "/")).toList();
        if (calls.isEmpty()) {
            throw new AssertionError("docs/integration.md shows no call of /api/" + service);
        }
        Map<String, Set<String>> endpoints = RoleTable.ofCode();
        List<String> problems = new ArrayList<>();
        for (Call call : calls) {
            String found = endpoints.keySet().stream().filter(endpoint -> matches(endpoint, call)).findFirst().orElse(null);
            if (found == null) {
                problems.add("line " + call.line() + ": " + call.method() + " " + call.path() + " is no endpoint");
            } else if (!endpoints.get(found).contains("INTEGRATION")) {
                problems.add("line " + call.line() + ": " + found + " does not allow INTEGRATION, only "
                        + endpoints.get(found));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("docs/integration.md: " + problems);
        }
    }

    /** Every curl command of the guide that calls {@code $KINERJA/api/…}, its continuation lines joined. */
    public static List<Call> calls(List<String> lines) {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).contains("curl ")) {
                continue;
            }
            int first = i;
            StringBuilder command = new StringBuilder(lines.get(i));
            while (lines.get(i).endsWith("\\") && i + 1 < lines.size()) {
                command.append(' ').append(lines.get(++i));
            }
            String text = command.toString();
            Matcher url = URL.matcher(text);
            if (!url.find()) {
                continue;
            }
            Matcher method = METHOD.matcher(text);
            String verb = method.find() ? method.group(1) : SENDS_BODY.matcher(text).find() ? "POST" : "GET";
            calls.add(new Call(verb, url.group(1), first + 1));
        }
        return calls;
    }

    private static boolean matches(String endpoint, Call call) {
        String[] declared = endpoint.split(" ", 2);
        if (!declared[0].equals(call.method())) {
            return false;
        }
        String[] template = declared[1].split("/");
        String[] path = call.path().split("/");
        if (template.length != path.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
            if (!template[i].equals(path[i]) && !parameter) {
                return false;
            }
        }
        return true;
    }

    private static List<String> read() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs").resolve("integration.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No docs/integration.md above " + Path.of("").toAbsolutePath());
        }
        try {
            return Files.readAllLines(dir.resolve("docs").resolve("integration.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
