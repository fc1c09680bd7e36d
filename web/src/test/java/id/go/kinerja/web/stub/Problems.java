package id.go.kinerja.web.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Problem+json bodies shaped as the services answer them, for stubs to refuse with. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static String problem(int status, String code, String title, String detail) {
        return base(status, code, title, detail).toString();
    }

    /** A 400 with one field error, as the services answer a bad field. */
    public static String fieldProblem(String code, String field, String message) {
        ObjectNode problem = base(400, code, "Permintaan tidak valid", "Periksa isian yang ditandai.");
        problem.putArray("errors").addObject().put("field", field).put("message", message);
        return problem.toString();
    }

    static int statusOf(String problemJson) {
        try {
            return JSON.readTree(problemJson).path("status").asInt(400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode base(int status, String code, String title, String detail) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "https://kinerja.go.id/problems/" + code).put("status", status).put("code", code)
                .put("title", title).put("detail", detail);
        return problem;
    }
}
