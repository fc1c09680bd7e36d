package id.go.kinerja.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The roles each endpoint of a service allows, twice: as the code says ({@code @RolesAllowed} of its resource
 * methods, read by reflection) and as a service README's endpoint table says. A service's test compares the two,
 * so the documented role rules cannot drift from the enforced ones.
 *
 * <p>The README table is any markdown table whose header has the columns {@code Method}, {@code Path} and
 * {@code Roles}. A path cell holds one or more paths in backticks, absolute ({@code /api/…}) or relative to the
 * service's prefix; query strings and the text around them are ignored. A roles cell lists role names separated by
 * commas (text in parentheses is a remark, e.g. "(own division)"), or says {@code everyone} (the eight roles of an
 * agency), {@code everyone but X, Y}, or {@code same} / {@code as above} / {@code as the list} for the roles of the
 * row before.
 */
public final class RoleTable {

    /** The roles of README.md, every role of an agency. */
    public static final Set<String> AGENCY_ROLES = Set.of("OPERATOR", "DIVISION_HEAD", "SAKIP_TEAM", "SECRETARY",
            "HEAD", "ADMIN", "INTEGRATION", "AUDITOR");

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class);
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");
    private static final Pattern ROLE = Pattern.compile("[A-Z_]+");
    /** "{year: \\d{4}}": a path parameter with a regular expression, which may hold braces of its own. */
    private static final Pattern PATH_PARAMETER_PATTERN = Pattern.compile("\\{\\s*(\\w+)\\s*:(?:[^{}]|\\{[^}]*})*}");

    private RoleTable() {
    }

    /**
     * "GET /api/collection/rounds/{roundId}" → the roles its resource method allows, for every resource method of
     * the classes compiled into {@code target/classes} of the module the test runs in.
     */
    public static Map<String, Set<String>> ofCode() {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Map<String, Set<String>> endpoints = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(name, false, RoleTable.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verbOf(method);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                            ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
                    String path = normalise(root.value() + "/" + (sub == null ? "" : sub.value()));
                    endpoints.put(verb + " " + path, roles == null ? Set.of() : new TreeSet<>(Arrays.asList(roles.value())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return endpoints;
    }

    /** The same map as the tables of a markdown document say, paths relative to {@code prefix} made absolute. */
    public static Map<String, Set<String>> ofDocument(java.nio.file.Path markdown, String prefix) {
        Map<String, Set<String>> endpoints = new TreeMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int methodColumn = -1;
        int pathColumn = -1;
        int rolesColumn = -1;
        Set<String> previous = null;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                methodColumn = -1;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.contains("Method") && cells.contains("Path") && cells.contains("Roles")) {
                methodColumn = cells.indexOf("Method");
                pathColumn = cells.indexOf("Path");
                rolesColumn = cells.indexOf("Roles");
                previous = null;
                continue;
            }
            if (methodColumn < 0 || cells.get(0).startsWith("---")) {
                continue;
            }
            String where = markdown.getFileName() + ": " + line;
            Set<String> roles = roles(cells.get(rolesColumn), previous, where);
            previous = roles;
            for (String verb : cells.get(methodColumn).split("\\s*,\\s*")) {
                Matcher code = CODE.matcher(cells.get(pathColumn));
                boolean any = false;
                while (code.find()) {
                    String path = code.group(1).replaceFirst("[?\\s].*$", "");
                    if (path.startsWith("/")) {
                        any = true;
                        String absolute = normalise(path.startsWith("/api/") ? path : prefix + path);
                        if (endpoints.put(verb.strip() + " " + absolute, roles) != null) {
                            throw new AssertionError("documented twice: " + verb + " " + absolute + " in " + where);
                        }
                    }
                }
                if (!any) {
                    throw new AssertionError("no path in backticks: " + where);
                }
            }
        }
        return endpoints;
    }

    /** Each endpoint whose roles in the code and in the document differ, or that only one of them has. */
    public static List<String> differences(Map<String, Set<String>> code, Map<String, Set<String>> document) {
        Set<String> endpoints = new TreeSet<>(code.keySet());
        endpoints.addAll(document.keySet());
        List<String> differences = new ArrayList<>();
        for (String endpoint : endpoints) {
            Set<String> enforced = code.get(endpoint);
            Set<String> documented = document.get(endpoint);
            if (!Objects.equals(enforced, documented)) {
                differences.add(endpoint + ": code " + (enforced == null ? "has no such endpoint" : enforced)
                        + ", document " + (documented == null ? "does not list it" : documented));
            }
        }
        return differences;
    }

    /**
     * What breaks the read rules of README.md among {@code endpoints}: HEAD "reads everything of the agency" and
     * AUDITOR is "read-only, whole agency", so both are on every GET an agency role may call, and AUDITOR on nothing
     * else. {@code workLists} are the GETs that list what waits for the caller (my work, the Secretary's inbox): the
     * caller's own queue, not the agency's data. The operations endpoints ({@code /operations/}, e.g. the dead letters)
     * are the ADMIN's tools for running the service, not reads of the agency's data, and are left out.
     */
    public static List<String> readRuleViolations(Map<String, Set<String>> endpoints, Set<String> workLists) {
        List<String> violations = new ArrayList<>();
        endpoints.forEach((endpoint, roles) -> {
            boolean read = endpoint.startsWith("GET ");
            boolean agencyData = roles.stream().anyMatch(AGENCY_ROLES::contains) && !workLists.contains(endpoint)
                    && !endpoint.contains("/operations/");
            if (read && agencyData && !roles.containsAll(Set.of("HEAD", "AUDITOR"))) {
                violations.add(endpoint + ": HEAD and AUDITOR read everything of their agency, but only " + roles);
            }
            if (!read && roles.contains("AUDITOR")) {
                violations.add(endpoint + ": AUDITOR is read-only");
            }
        });
        return violations;
    }

    private static Set<String> roles(String cell, Set<String> previous, String where) {
        String text = REMARK.matcher(cell).replaceAll("").strip();
        if (text.equals("same") || text.equals("as above") || text.equals("as the list")) {
            if (previous == null) {
                throw new AssertionError("'" + text + "' in the first row: " + where);
            }
            return previous;
        }
        Set<String> roles = new TreeSet<>();
        boolean but = false;
        if (text.startsWith("everyone")) {
            roles.addAll(AGENCY_ROLES);
            text = text.substring("everyone".length()).strip();
            but = text.startsWith("but");
            text = but ? text.substring(3) : text;
        }
        Set<String> named = new LinkedHashSet<>();
        for (String role : text.split(",")) {
            role = role.strip();
            if (role.isEmpty()) {
                continue;
            }
            if (!ROLE.matcher(role).matches()) {
                throw new AssertionError("'" + role + "' is not a role name: " + where);
            }
            named.add(role);
        }
        if (but) {
            roles.removeAll(named);
        } else {
            roles.addAll(named);
        }
        if (roles.isEmpty()) {
            throw new AssertionError("no roles: " + where);
        }
        return roles;
    }

    private static List<String> cells(String line) {
        // "\|" inside a cell is an escaped bar, not a column
        String[] parts = line.strip().replace("\\|", "\u0000").split("\\|");
        List<String> cells = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            cells.add(parts[i].replace("\u0000", "|").strip());
        }
        return cells;
    }

    private static String verbOf(Method method) {
        for (Class<? extends Annotation> verb : HTTP_METHODS) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    /** One slash between parts, none at the end, path parameters without their regular expression. */
    private static String normalise(String path) {
        String plain = PATH_PARAMETER_PATTERN.matcher(path).replaceAll("{$1}").replaceAll("/+", "/");
        plain = plain.startsWith("/") ? plain : "/" + plain;
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
