package id.go.kinerja.platform.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dead-letter topic of this service and the topic it collects the failures of. */
@Schema(description = "A dead-letter topic (topik pesan gagal) this service's consumers write to")
public record DeadLetterTopic(
        @Schema(example = "kinerja.collection.recap-submitted.dlq") String topic,
        @Schema(description = "Where its messages were read from and where a replay sends them",
                example = "kinerja.collection.recap-submitted") String sourceTopic,
        @Schema(description = "Messages the topic holds, of every agency and every service that reads the source topic "
                + "(the same count kinerja_dlq_messages_total adds up)", example = "3") long messages) {
}
