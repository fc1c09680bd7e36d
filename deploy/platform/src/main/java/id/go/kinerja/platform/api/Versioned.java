package id.go.kinerja.platform.api;

/**
 * An answer about one record that has a version: it goes out with the version as its {@code ETag}
 * ({@link EntityTags}), which the caller sends back as {@code If-Match} when editing the record.
 */
public interface Versioned {

    long version();
}
