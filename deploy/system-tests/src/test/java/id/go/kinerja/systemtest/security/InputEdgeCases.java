package id.go.kinerja.systemtest.security;

import static id.go.kinerja.systemtest.SystemUnderTest.Service.COLLECTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import id.go.kinerja.systemtest.security.ApiCatalogue.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Input the database or a parser cannot take, on every string field of every JSON body and every path and query
 * parameter: a NUL ({@code \u0000} in JSON, {@code %00} in the URL) and an unpaired surrogate answer 400
 * problem+json naming the field; a duplicate key or content after the document 400; and text in Indonesian,
 * Javanese script, Arabic and emoji is stored and read back unchanged.
 */
final class InputEdgeCases {

    private static final String NUL = "input: NUL in a JSON string";
    private static final String SURROGATE = "input: unpaired surrogate";
    private static final String URL_NUL = "input: %00 in path or query";
    private static final String STRICT = "input: strict JSON";
    private static final String UNICODE = "input: unicode read back";
    /** Put where the field's text goes, then replaced by the escape under test in the JSON text. */
    private static final String MARKER = "@@EDGE@@";
    static final String UNICODE_TEXT = "Bidang Perdagangan — Pasar Rakyat Ngabéhi, Kab. Bantaeng: ÀÉÎÕÜ ñ ç ş "
            + "ꦥꦱꦂ (aksara Jawa) العربية עברית 🐉📈👩🏽‍🌾";

    private final Suite suite;
    private final Resources open;
    private final String token;

    InputEdgeCases(Suite suite) {
        this.suite = suite;
        this.open = suite.agencies().open;
        // every role, so that no role rule answers before the input is read
        this.token = Tokens.sign(Tokens.claims(List.of("OPERATOR", "DIVISION_HEAD", "SAKIP_TEAM", "SECRETARY", "HEAD",
                "ADMIN", "INTEGRATION", "AUDITOR", "REGENCY_AUDITOR"), Agencies.A, Agencies.OTHER_DIVISION));
    }

    void unicodeIsStoredAsTyped() {
        String adminToken = Tokens.sign(Tokens.claims(List.of("ADMIN"), Agencies.A, null));
        Operation update = suite.operation("PUT", "/api/collection/divisions/{code}");
        String path = open.path(update);
        Probe.Answer current = suite.send(UNICODE, Probe.Call.of("GET", suite.system().baseUrl(COLLECTION) + path)
                .header("Accept", "application/json").bearer(adminToken));
        ObjectNode division = (ObjectNode) suite.requests().jsonBody(update);
        division.put("name", UNICODE_TEXT);
        Probe.Answer stored = suite.send(UNICODE, suite.requests().call(update, path, adminToken, "application/json")
                .header("If-Match", versionRead(current)).withBody(ApiCatalogue.write(division)));
        Probe.Answer read = suite.send(UNICODE, Probe.Call.of("GET", suite.system().baseUrl(COLLECTION) + path)
                .header("Accept", "application/json").bearer(adminToken));
        String readBack = read.succeeded() ? ApiCatalogue.parse(read.body()).path("name").asText() : null;
        if (!stored.succeeded() || !UNICODE_TEXT.equals(readBack)) {
            suite.violation(UNICODE, "division name stored " + stored.describe() + ", read back " + read.describe());
        }

        String operatorToken = Tokens.sign(Tokens.claims(List.of("OPERATOR"), Agencies.A, Agencies.OWN_DIVISION));
        String entry = "/api/collection/rounds/" + open.roundId() + "/entries/" + Agencies.OWN_INDICATOR;
        Probe.Answer before = suite.send(UNICODE, Probe.Call.of("GET", suite.system().baseUrl(COLLECTION) + entry)
                .header("Accept", "application/json").bearer(operatorToken));
        Probe.Answer entered = suite.send(UNICODE, Probe.Call.of("PUT", suite.system().baseUrl(COLLECTION) + entry)
                .header("Accept", "application/json").header("If-Match", versionRead(before)).bearer(operatorToken)
                .body("application/json", ApiCatalogue.write(JsonNodeFactory.instance.objectNode()
                        .put("value", 24).put("note", UNICODE_TEXT))));
        Probe.Answer note = suite.send(UNICODE, Probe.Call.of("GET", suite.system().baseUrl(COLLECTION) + entry)
                .header("Accept", "application/json").bearer(operatorToken));
        String noteBack = note.succeeded() ? ApiCatalogue.parse(note.body()).path("note").asText() : null;
        if (!entered.succeeded() || !UNICODE_TEXT.equals(noteBack)) {
            suite.violation(UNICODE, "entry note stored " + entered.describe() + ", read back " + note.describe());
        }
    }

    /** The ETag of a record as read: its version in quotes (an edit sends it as If-Match). */
    private static String versionRead(Probe.Answer read) {
        return read.succeeded() ? "\"" + ApiCatalogue.parse(read.body()).path("version").asText() + "\"" : "\"0\"";
    }

    void run() {
        for (Operation operation : suite.operations()) {
            if (operation.hasJsonBody()) {
                JsonNode body = suite.requests().jsonBody(operation);
                for (List<Object> field : stringFields(body, new ArrayList<>(), new ArrayList<>())) {
                    send(NUL, operation, body, field, "ab\\u0000cd");
                    send(SURROGATE, operation, body, field, "ab\\ud800cd");
                }
                strict(operation, body);
            }
            urlNul(operation);
        }
    }

    private void send(String check, Operation operation, JsonNode body, List<Object> field, String escaped) {
        JsonNode changed = field.isEmpty() ? new TextNode(MARKER) : body.deepCopy();
        if (!field.isEmpty()) {
            set(changed, field, MARKER);
        }
        byte[] json = new String(ApiCatalogue.write(changed), StandardCharsets.UTF_8).replace(MARKER, escaped)
                .getBytes(StandardCharsets.UTF_8);
        String name = field.stream().filter(String.class::isInstance).map(String.class::cast)
                .reduce((first, second) -> second).orElse("");
        Probe.Answer answer = suite.send(check, suite.call(operation, open, token).withBody(json).labelled(name));
        if (answer.status() != 400 || !answer.isProblem() || !answer.text().contains(name)) {
            suite.violation(check, operation + " field " + field + ": " + answer.describe());
        }
    }

    private void strict(Operation operation, JsonNode body) {
        String json = new String(ApiCatalogue.write(body), StandardCharsets.UTF_8);
        List<String> malformed = new ArrayList<>();
        malformed.add(json + " {}");
        if (body.isObject() && body.size() > 0) {
            String first = body.fieldNames().next();
            malformed.add("{\"" + first + "\":" + body.get(first) + "," + json.substring(1));
        }
        for (String text : malformed) {
            Probe.Answer answer = suite.send(STRICT, suite.call(operation, open, token)
                    .withBody(text.getBytes(StandardCharsets.UTF_8)).labelled(text.endsWith(" {}")
                            ? "trailing content" : "duplicate key"));
            if (answer.status() != 400 || !answer.isProblem()) {
                suite.violation(STRICT, operation + (text.endsWith(" {}") ? " trailing content: " : " duplicate key: ")
                        + answer.describe());
            }
        }
    }

    private void urlNul(Operation operation) {
        for (Parameter parameter : operation.in("path")) {
            String path = open.path(operation, Map.of(parameter.name(), "A%00B"));
            expect400(operation, suite.requests().call(operation, path + Resources.queryString(open.query(operation, Map.of())),
                    token, Requests.preferredAnswer(operation)), parameter);
        }
        for (Parameter parameter : operation.in("query")) {
            Map<String, String> query = open.query(operation, Map.of());
            query.remove(parameter.name());
            String pathAndQuery = open.path(operation) + Resources.queryString(query)
                    + (query.isEmpty() ? "?" : "&") + parameter.name() + "=A%00B";
            expect400(operation, suite.requests().call(operation, pathAndQuery, token, Requests.preferredAnswer(operation)),
                    parameter);
        }
    }

    private void expect400(Operation operation, Probe.Call call, Parameter parameter) {
        Probe.Answer answer = suite.send(URL_NUL, call.labelled(parameter.in() + " " + parameter.name()));
        if (answer.status() != 400 || !answer.isProblem()) {
            suite.violation(URL_NUL, operation + " " + parameter.in() + " parameter " + parameter.name() + ": "
                    + answer.describe());
        }
    }

    /** The path (property names and indexes) of every string in the body. */
    private static List<List<Object>> stringFields(JsonNode node, List<Object> at, List<List<Object>> found) {
        if (node.isTextual()) {
            found.add(List.copyOf(at));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                at.add(field.getKey());
                stringFields(field.getValue(), at, found);
                at.remove(at.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                stringFields(node.get(i), at, found);
                at.remove(at.size() - 1);
            }
        }
        return found;
    }

    private static void set(JsonNode root, List<Object> field, String text) {
        JsonNode parent = root;
        for (int i = 0; i < field.size() - 1; i++) {
            parent = field.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) field.get(i));
        }
        Object last = field.get(field.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, new TextNode(text));
        } else {
            ((ObjectNode) parent).put((String) last, text);
        }
    }
}
