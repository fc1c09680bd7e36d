package id.go.kinerja.systemtest.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends the suite's requests exactly as written (raw paths with {@code %00}, any header, any body) and keeps the
 * tally every check shares: every request is counted, every 5xx and every error answered without
 * {@code application/problem+json} becomes a finding of the check that sent it, and so does a connection that ends
 * without an answer (status 0).
 */
final class Probe {

    static final String PROBLEM_JSON = "application/problem+json";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Findings findings;

    Probe(Findings findings) {
        this.findings = findings;
    }

    /** One request; {@code check} names the check a 5xx or a bare error is charged to. */
    Answer send(String check, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url()))
                .timeout(Duration.ofSeconds(60))
                .method(call.method(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        HttpResponse<byte[]> response;
        findings.counted();
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            findings.violation(check, call.describe() + " → the connection ended without an answer (" + e + ")");
            return new Answer(0, "", new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Answer answer = new Answer(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
        if (answer.status() >= 500) {
            findings.serverError(check, call.describe() + " → " + answer.describe());
        } else if (answer.status() >= 400 && !answer.isProblem()) {
            findings.bareError(check, call.describe() + " → " + answer.describe());
        }
        return answer;
    }

    /** A request as the suite builds it. */
    record Call(String method, String url, Map<String, String> headers, byte[] body, String label) {

        static Call of(String method, String url) {
            return new Call(method, url, new LinkedHashMap<>(), null, "");
        }

        Call header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Call(method, url, copy, body, label);
        }

        Call bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        Call body(String contentType, byte[] content) {
            return header("Content-Type", contentType).withBody(content);
        }

        Call withBody(byte[] content) {
            return new Call(method, url, headers, content, label);
        }

        Call labelled(String text) {
            return new Call(method, url, headers, body, text);
        }

        String describe() {
            String path = url.replaceFirst("^https?://[^/]+", "");
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path)
                    + (label.isEmpty() ? "" : " [" + label + "]");
        }
    }

    /** A response: status, content type and body. */
    record Answer(int status, String contentType, byte[] body) {

        boolean isProblem() {
            return contentType.startsWith(PROBLEM_JSON);
        }

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String describe() {
            String text = text().replaceAll("\\s+", " ");
            return status + " " + (contentType.isEmpty() ? "(no content type)" : contentType)
                    + (text.isEmpty() ? "" : " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
        }
    }
}
