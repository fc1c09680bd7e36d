package id.go.kinerja.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of problem codes, docs/errors.md, against the codes the code defines: one section per service (and
 * one for the platform), each a table whose rows are exactly the codes of that service's enum, with its HTTP status,
 * type URI and Indonesian title; and every code has its title and detail in Indonesian (the base bundle) and English
 * ({@code _en}). Run a service's catalogue test with {@code -Derrors.write=true} to write its section from the code
 * (the meaning column of a code already listed is kept).
 */
public final class ProblemCatalogue {

    public static final String WRITE = "errors.write";
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| (\\d{3}) \\| (\\S+) \\| ([^|]*) \\| (.*) \\|$");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** One code as the code defines it: its name, HTTP status, type URI and bundle. */
    public record Code(String code, int status, String type, String bundle) {
    }

    private ProblemCatalogue() {
    }

    /** docs/errors.md of this checkout, found from the module's directory (where Maven runs the tests). */
    public static Path catalogue() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path errors = dir.resolve("docs").resolve("errors.md");
            if (Files.isRegularFile(errors)) {
                return errors;
            }
        }
        throw new IllegalStateException("No docs/errors.md above " + Path.of("").toAbsolutePath());
    }

    /**
     * Fails unless every code has its words in both languages and {@code section} lists exactly these codes: the
     * constants of a {@code ProblemCode} enum (read through its {@code status()}, {@code type()} and {@code bundle()}).
     */
    public static void assertListed(String section, Enum<?>... problemCodes) {
        assertListed(section, Arrays.stream(problemCodes).map(ProblemCatalogue::code).toList());
    }

    private static Code code(Enum<?> problemCode) {
        try {
            Class<?> type = problemCode.getDeclaringClass();
            return new Code(problemCode.name(), (int) type.getMethod("status").invoke(problemCode),
                    (String) type.getMethod("type").invoke(problemCode), (String) type.getMethod("bundle").invoke(problemCode));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(problemCode + " is not a ProblemCode", e);
        }
    }

    private static void assertListed(String section, List<Code> codes) {
        codes.forEach(ProblemCatalogue::assertWorded);
        if (Boolean.getBoolean(WRITE)) {
            write(section, codes);
        }
        Map<String, String[]> listed = rows(read(), section);
        assertEquals(codes.stream().map(Code::code).toList(), List.copyOf(listed.keySet()),
                "docs/errors.md section '" + section + "' lists other codes than the code defines (write it with -D"
                        + WRITE + "=true)");
        for (Code code : codes) {
            String[] row = listed.get(code.code());
            assertEquals(String.valueOf(code.status()), row[0], code.code() + ": HTTP status in docs/errors.md");
            assertEquals(code.type(), row[1], code.code() + ": type in docs/errors.md");
            assertEquals(title(code, Locale.ROOT), row[2], code.code() + ": Indonesian title in docs/errors.md");
            assertTrue(!row[3].isBlank(), code.code() + ": docs/errors.md says what it means");
        }
    }

    /** The section names of docs/errors.md ("## name"), in their order. */
    public static List<String> sections() {
        List<String> sections = new ArrayList<>();
        read().lines().filter(line -> line.startsWith("## ")).forEach(line -> sections.add(line.substring(3).strip()));
        return sections;
    }

    private static void assertWorded(Code code) {
        for (Locale language : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle words = ResourceBundle.getBundle(code.bundle(), language, ProblemCatalogue.class.getClassLoader(),
                    NO_FALLBACK);
            assertTrue(words.getLocale().equals(language), code.bundle() + " has no bundle for '" + language + "'");
            for (String part : List.of(".title", ".detail")) {
                assertTrue(words.containsKey(code.code() + part) && !words.getString(code.code() + part).isBlank(),
                        code.bundle() + " (" + language + ") has no " + code.code() + part);
            }
        }
    }

    private static String title(Code code, Locale language) {
        return ResourceBundle.getBundle(code.bundle(), language, ProblemCatalogue.class.getClassLoader(), NO_FALLBACK)
                .getString(code.code() + ".title");
    }

    /** code → status, type, title, meaning of the rows of one section. */
    private static Map<String, String[]> rows(String markdown, String section) {
        Map<String, String[]> rows = rowsOf(markdown, section);
        assertTrue(!rows.isEmpty(), "docs/errors.md has no section '" + section + "' with a table of codes");
        return rows;
    }

    private static Map<String, String[]> rowsOf(String markdown, String section) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        boolean inside = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("## ")) {
                inside = line.substring(3).strip().equals(section);
                continue;
            }
            Matcher row = ROW.matcher(line.strip());
            if (inside && row.matches()) {
                rows.put(row.group(1), new String[] {row.group(2), row.group(3).replace("`", ""), row.group(4).strip(),
                        row.group(5).strip()});
            }
        }
        return rows;
    }

    private static void write(String section, List<Code> codes) {
        String markdown = read();
        Map<String, String[]> before = rowsOf(markdown, section);
        StringBuilder table = new StringBuilder("| Code | HTTP | Type | Title (id) | Meaning, what the client does |\n")
                .append("|---|---|---|---|---|\n");
        for (Code code : codes) {
            String[] old = before.get(code.code());
            String meaning = old != null ? old[3] : ResourceBundle.getBundle(code.bundle(), Locale.ENGLISH,
                    ProblemCatalogue.class.getClassLoader(), NO_FALLBACK).getString(code.code() + ".detail");
            table.append("| `").append(code.code()).append("` | ").append(code.status()).append(" | ")
                    .append(code.type()).append(" | ").append(title(code, Locale.ROOT)).append(" | ")
                    .append(meaning.replace("|", "/")).append(" |\n");
        }
        String heading = "## " + section + "\n";
        int start = markdown.indexOf(heading);
        String updated;
        if (start < 0) {
            updated = markdown.stripTrailing() + "\n\n" + heading + "\n" + table;
        } else {
            int tableStart = markdown.indexOf("| Code |", start);
            int end = markdown.indexOf("\n## ", start + heading.length());
            end = end < 0 ? markdown.length() : end + 1;
            int tableEnd = markdown.lastIndexOf("|\n", end) + 2;
            updated = markdown.substring(0, tableStart) + table + markdown.substring(Math.min(tableEnd, markdown.length()));
        }
        try {
            Files.writeString(catalogue(), updated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read() {
        try {
            return Files.readString(catalogue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
