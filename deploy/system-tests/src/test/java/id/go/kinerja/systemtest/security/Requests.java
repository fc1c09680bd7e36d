package id.go.kinerja.systemtest.security;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.systemtest.SystemUnderTest;
import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Turns an operation of the catalogue into a request a user could send: its path filled with real resources, the
 * body it takes (JSON from its schema, a PDF as multipart, the round's own worksheet as CSV) and an Accept header.
 */
final class Requests {

    /** A small valid PDF: evidence uploads recognise the content, not the name. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private static final String BOUNDARY = "kinerja-security-suite";

    private final SystemUnderTest.Running system;
    private final ApiCatalogue catalogue;
    private final byte[] worksheetCsv;

    /** @param worksheetCsv a collection worksheet as the service writes it, the body of worksheet uploads */
    Requests(SystemUnderTest.Running system, ApiCatalogue catalogue, byte[] worksheetCsv) {
        this.system = system;
        this.catalogue = catalogue;
        this.worksheetCsv = worksheetCsv;
    }

    ApiCatalogue catalogue() {
        return catalogue;
    }

    /** The operation on the given resources, as the given token (null: none), answering JSON where it can. */
    Probe.Call call(Operation operation, Resources resources, String token) {
        return call(operation, resources.path(operation) + Resources.queryString(resources.query(operation, Map.of())),
                token, preferredAnswer(operation));
    }

    /** The operation on a path the caller made (with its query), as the given token, accepting {@code accept}. */
    Probe.Call call(Operation operation, String pathAndQuery, String token, String accept) {
        Probe.Call call = Probe.Call.of(operation.method(), system.baseUrl(operation.service()) + pathAndQuery)
                .header("Accept", accept)
                .bearer(token);
        return withBody(operation, call);
    }

    /** The JSON body the operation is sent with: every property filled from its schema. */
    JsonNode jsonBody(Operation operation) {
        return catalogue.sampleBody(operation);
    }

    private Probe.Call withBody(Operation operation, Probe.Call call) {
        if (operation.requestBodies().isEmpty()) {
            return operation.method().equals("GET") || operation.method().equals("DELETE") ? call
                    : call.withBody(new byte[0]);
        }
        if (operation.hasJsonBody()) {
            return call.body("application/json", ApiCatalogue.write(jsonBody(operation)));
        }
        if (operation.requestBodies().containsKey("multipart/form-data")) {
            return call.body("multipart/form-data; boundary=" + BOUNDARY, multipart("file", "bukti.pdf", PDF));
        }
        if (operation.requestBodies().containsKey("text/csv")) {
            return call.body("text/csv", worksheetCsv);
        }
        return call.body(operation.requestBodies().keySet().iterator().next(), new byte[0]);
    }

    /** JSON where the operation answers it, else CSV, else what it answers first. */
    static String preferredAnswer(Operation operation) {
        for (String type : List.of("application/json", "text/csv")) {
            if (operation.answers().contains(type)) {
                return type;
            }
        }
        return operation.answers().isEmpty() ? "*/*" : operation.answers().iterator().next();
    }

    static byte[] multipart(String part, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }
}
