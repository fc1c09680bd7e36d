package id.go.kinerja.web.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One of the four services, as a page test needs it: a real HTTP server on a free port that answers what the test
 * told it to, and remembers what the web application sent (token, headers, body) for the test to check. The
 * browser test and the system tests use the real services.
 */
public final class ServiceStub {

    /** What the web application sent. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    private final String name;
    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean hangingUp;

    ServiceStub(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} (the path without query) with JSON. */
    public ServiceStub answer(String method, String path, int status, String json) {
        return answer(method, path, status, json, Map.of());
    }

    public ServiceStub answer(String method, String path, int status, String json, Map<String, String> headers) {
        replies.put(method + " " + path, new Reply(status, "application/json",
                json.getBytes(StandardCharsets.UTF_8), headers));
        return this;
    }

    /** Answers with a file (a PDF, a worksheet). */
    public ServiceStub answerFile(String method, String path, String contentType, byte[] content, String fileName) {
        replies.put(method + " " + path, new Reply(200, contentType, content,
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\"")));
        return this;
    }

    /** Refuses with a problem, worded as the services word it (Bahasa Indonesia). */
    public ServiceStub refuse(String method, String path, int status, String code, String title, String detail) {
        return refuse(method, path, Problems.problem(status, code, title, detail));
    }

    public ServiceStub refuse(String method, String path, String problemJson) {
        int status = Problems.statusOf(problemJson);
        replies.put(method + " " + path, new Reply(status, "application/problem+json",
                problemJson.getBytes(StandardCharsets.UTF_8), Map.of()));
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The last request to {@code method path}; fails when there was none. */
    public Request last(String method, String path) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            Request request = requests.get(i);
            if (request.method().equals(method) && request.path().equals(path)) {
                return request;
            }
        }
        throw new AssertionError(name + " received no " + method + " " + path + "; it received " + requests.stream()
                .map(request -> request.method() + " " + request.path()).toList());
    }

    public boolean received(String method, String path) {
        return requests.stream().anyMatch(request -> request.method().equals(method) && request.path().equals(path));
    }

    /** Hangs up on every request, as a service that is down or restarting does, until {@link #answerAgain()}. */
    public void stopAnswering() {
        hangingUp = true;
    }

    public void answerAgain() {
        hangingUp = false;
    }

    void reset() {
        hangingUp = false;
        replies.clear();
        requests.clear();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (hangingUp) {
            exchange.close();
            return;
        }
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Reply reply = replies.get(exchange.getRequestMethod() + " " + path);
            if (reply == null) {
                reply = new Reply(404, "application/problem+json", Problems.problem(404, "STUB_NOT_TOLD",
                        "Tidak ditemukan", name + ": the test did not tell the stub to answer "
                                + exchange.getRequestMethod() + " " + path).getBytes(StandardCharsets.UTF_8), Map.of());
            }
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            reply.headers().forEach((header, value) -> exchange.getResponseHeaders().add(header, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            exchange.getResponseBody().write(reply.body());
        }
    }
}
