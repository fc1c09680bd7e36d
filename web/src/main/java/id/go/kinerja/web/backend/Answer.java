package id.go.kinerja.web.backend;

import com.fasterxml.jackson.databind.JsonNode;

/** A service's successful answer: its JSON body (a missing node when there is none) and its ETag, if any. */
public record Answer(int status, JsonNode body, String etag) {
}
