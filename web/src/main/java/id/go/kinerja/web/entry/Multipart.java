package id.go.kinerja.web.entry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body of one file part, as collection-service takes evidence (part {@code file}). */
record Multipart(String mediaType, byte[] body) {

    static Multipart ofFile(String part, String fileName, String contentType, byte[] content) {
        String boundary = "kinerja-" + UUID.randomUUID();
        String safeName = fileName == null ? "" : fileName.replaceAll("[\"\\r\\n\\\\]", "_");
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + part + "\"; filename=\"" + safeName + "\"\r\n"
                + "Content-Type: " + (contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType)
                + "\r\n\r\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 256);
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
