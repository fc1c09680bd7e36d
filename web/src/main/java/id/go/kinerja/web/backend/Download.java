package id.go.kinerja.web.backend;

/** A file a service answered (a PDF, a worksheet), passed on to the browser as it came. */
public record Download(byte[] content, String contentType, String contentDisposition) {
}
