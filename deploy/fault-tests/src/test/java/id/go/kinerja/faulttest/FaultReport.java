package id.go.kinerja.faulttest;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One line of the suite's table: a fault and what became of the burst it hit. */
record FaultReport(String fault, int recaps, int archived, int duplicates, int lost, long deadLetters, int unsentOutbox,
                   long lag, List<String> unfinished, Duration recovery) {

    static FaultReport of(String fault, Burst burst, Effects effects, long deadLetters, int unsent, long lag,
                          Duration recovery) throws SQLException {
        int archived = 0;
        int duplicates = 0;
        int lost = 0;
        List<String> unfinished = new ArrayList<>();
        for (Burst.Recap recap : burst.recaps()) {
            if (recap.unfinished != null) {
                unfinished.add(recap + ": " + recap.unfinished);
            }
            if (recap.roundId == null) {
                continue;
            }
            Effects.OfRecap effect = effects.of(recap.roundId);
            archived += effect.archiveRecords() > 0 ? 1 : 0;
            duplicates += effect.duplicates();
            lost += effect.lost(recap) ? 1 : 0;
        }
        return new FaultReport(fault, burst.recaps().size(), archived, duplicates, lost, deadLetters, unsent, lag,
                unfinished, recovery);
    }

    /** Why this fault fails the suite; empty when every acknowledged request had its effect exactly once. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (duplicates > 0 || lost > 0 || deadLetters > 0 || unsentOutbox > 0 || lag > 0) {
            problems.add(fault + ": " + duplicates + " duplicated, " + lost + " lost, " + deadLetters
                    + " dead-lettered, " + unsentOutbox + " outbox events unsent, consumer lag " + lag);
        }
        unfinished.forEach(recap -> problems.add(fault + ": unfinished " + recap));
        return problems;
    }

    static String table(List<FaultReport> reports) {
        StringBuilder table = new StringBuilder("""
                | Fault | Recaps | Archived | Duplicates | Lost | DLQ | Unsent outbox | Lag | Unfinished | Recovery s |
                |---|---|---|---|---|---|---|---|---|---|
                """);
        for (FaultReport r : reports) {
            table.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n", r.fault, r.recaps,
                    r.archived, r.duplicates, r.lost, r.deadLetters, r.unsentOutbox, r.lag, r.unfinished.size(),
                    r.recovery.toSeconds()));
        }
        return table.toString();
    }
}
