package id.go.kinerja.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: after a restart a consumer's commit woke the relay before its Kafka producer existed, and it logged
 * {@code "this.producer" is null} for seconds. Woken before it started, it now waits for the start.
 */
class OutboxRelayStartTest {

    @Test
    void aRelayWokenBeforeItStartedPublishesNothingAndLogsNoWarning() throws InterruptedException {
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(OutboxRelay.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            OutboxRelay relay = new OutboxRelay();

            relay.wake();
            relay.poll();
            Thread.sleep(500);

            assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList());
        } finally {
            log.removeHandler(capture);
        }
    }
}
