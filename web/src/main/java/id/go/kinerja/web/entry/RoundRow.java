package id.go.kinerja.web.entry;

/** A round in the list, with how many of its items wait for the signed-in person (their my-work). */
public record RoundRow(String roundId, int year, int quarter, String status, long waiting) {

    public String period() {
        return Round.period(year, quarter);
    }

    public boolean takesEntries() {
        return Round.takesEntries(status);
    }
}
