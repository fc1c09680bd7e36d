package id.go.kinerja.platform.export;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet would run as a formula when it opens a CSV file (OWASP "CSV Injection", CWE-1236), made
 * inert by a leading apostrophe, which spreadsheets read as "this cell is text" and do not show.
 * <p>
 * A cell needs it when it starts with {@code = + - @}, a tab, a carriage return or a line feed (or the full-width
 * forms of the first four, which some spreadsheets take for them), also after leading spaces or quote marks,
 * which a spreadsheet may skip: {@code "=cmd|...} and {@code  =1+1} are formulas too. A plain number ({@code -2.5},
 * {@code -1234,5} with a decimal comma) is left as it is: it is read as a number and runs nothing.
 */
public final class SpreadsheetFormulas {

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetFormulas() {
    }

    /** The text as a cell that no spreadsheet evaluates. */
    public static String neutralise(String text) {
        return wouldEvaluate(text) ? "'" + text : text;
    }

    /**
     * A cell of a CSV file as the person typed it: the apostrophe {@link #neutralise} added is taken off again, so a
     * worksheet downloaded and uploaded unchanged stores the same text. Any other leading apostrophe stays.
     */
    public static String restore(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && wouldEvaluate(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** True when a spreadsheet would take the cell for a formula. */
    public static boolean wouldEvaluate(String text) {
        if (NUMBER.matcher(text).matches()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRIGGERS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '"' && c != '\'') {
                return false;
            }
        }
        return false;
    }
}
