package id.go.kinerja.platform.deadletter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message in a dead-letter topic, as an operator reads it before deciding to replay it. */
@Schema(description = "A message a consumer could not process (pesan gagal), with the error the Kafka connector recorded")
public record DeadLetter(
        @Schema(description = "Partition of the dead-letter topic", example = "0") int partition,
        @Schema(description = "Offset in that partition; with the partition, what to replay", example = "12") long offset,
        @Schema(description = "The message key: the recap id", example = "0b9c8d3e-5a1f-4c2d-9e7b-1f2a3b4c5d6e") String key,
        @Schema(description = "Header event-type, else the JSON's eventType; null if neither", example = "RecapSubmitted")
        String eventType,
        @Schema(description = "Header event-id, else the JSON's eventId", example = "5d0c7e4a-8f1b-4c3d-9e2a-7b6c5d4e3f21")
        String eventId,
        @Schema(description = "The JSON's agencyCode; null for a message that is not an event", example = "DISDAGTRANS")
        String agencyCode,
        @Schema(description = "When it was dead-lettered") Instant deadLetteredAt,
        @Schema(description = "The topic it was read from, where a replay sends it", example = "kinerja.collection.recap-submitted")
        String sourceTopic,
        Integer sourcePartition,
        Long sourceOffset,
        @Schema(description = "The error (header dead-letter-reason)",
                example = "Event envelope incomplete: {\"eventType\":\"RecapSubmitted\"}") String reason,
        @Schema(description = "The error's cause (header dead-letter-cause), if any") String cause,
        @Schema(description = "The error's class (header dead-letter-exception-class-name)",
                example = "id.go.kinerja.platform.events.MalformedEventException") String exceptionClass,
        @Schema(description = "Size of the value in bytes", example = "18230") int valueBytes,
        @Schema(description = "The first bytes of the value as text (kinerja.dead-letters.preview-bytes, 500 by default)")
        String valueStart,
        @Schema(description = "Set when this message is itself a replay that failed again: the dead letter it came from",
                example = "kinerja.collection.recap-submitted.dlq/0/12") String replayOf,
        @Schema(description = "When and by whom this service replayed it; null while it is not replayed") Replay replay) {

    static DeadLetter of(DeadLetterRecord record, int previewBytes, Replay replay) {
        return new DeadLetter(record.partition(), record.offset(), record.key(), record.eventType(), record.eventId(),
                record.agencyCode(), record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()),
                record.header(DeadLetterRecord.SOURCE_TOPIC), integer(record.header(DeadLetterRecord.SOURCE_PARTITION)),
                number(record.header(DeadLetterRecord.SOURCE_OFFSET)), record.header(DeadLetterRecord.REASON),
                record.header(DeadLetterRecord.CAUSE), record.header(DeadLetterRecord.EXCEPTION_CLASS), record.size(),
                record.preview(previewBytes), record.header(DeadLetterRecord.REPLAYED_FROM), replay);
    }

    private static Integer integer(String text) {
        Long number = number(text);
        return number == null ? null : number.intValue();
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
