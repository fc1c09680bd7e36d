package id.go.kinerja.collection.worksheet;

import static id.go.kinerja.collection.worksheet.WorksheetColumns.GRADE;
import static id.go.kinerja.collection.worksheet.WorksheetColumns.INDICATOR_CODE;
import static id.go.kinerja.collection.worksheet.WorksheetColumns.NO_DATA_REASON;
import static id.go.kinerja.collection.worksheet.WorksheetColumns.NOTE;
import static id.go.kinerja.collection.worksheet.WorksheetColumns.REALISATION;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Codes;
import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The editable cells of one worksheet row, read with the checks of a realisation entered by hand (not
 * negative, at most 15 digits and 4 decimals, an upper-case grade, a note of at most 2,000 characters). A reason
 * for no data (tidak ada data) stands for the realisation: the row then has neither a realisation nor a grade.
 */
final class WorksheetRow {

    private static final Pattern GRADE_PATTERN = Pattern.compile(Codes.GRADE);
    /** 12,5 as Excel writes a decimal in Indonesian locales (only when there is no other separator). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final int MAX_NOTE = 2000;

    final int row;
    final String indicatorCode;
    final BigDecimal value;
    final String grade;
    final String note;
    final String noDataReason;
    final List<FieldError> errors = new ArrayList<>();

    private WorksheetRow(int row, Map<String, String> cells) {
        this.row = row;
        indicatorCode = cell(cells, INDICATOR_CODE);
        if (indicatorCode == null) {
            errors.add(new FieldError(INDICATOR_CODE, CollectionProblem.text("worksheet.missing")));
        }
        value = number(cell(cells, REALISATION));
        String gradeCell = cell(cells, GRADE);
        grade = gradeCell == null ? null : gradeCell.toUpperCase(Locale.ROOT);
        if (grade != null && !GRADE_PATTERN.matcher(grade).matches()) {
            errors.add(new FieldError(GRADE, CollectionProblem.text("worksheet.grade", gradeCell)));
        }
        note = cell(cells, NOTE);
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new FieldError(NOTE, CollectionProblem.text("worksheet.tooLong", MAX_NOTE)));
        }
        noDataReason = cell(cells, NO_DATA_REASON);
        if (noDataReason != null && noDataReason.length() > MAX_NOTE) {
            errors.add(new FieldError(NO_DATA_REASON, CollectionProblem.text("worksheet.tooLong", MAX_NOTE)));
        }
        if (noDataReason != null && (value != null || grade != null)) {
            errors.add(new FieldError(NO_DATA_REASON, CollectionProblem.text("worksheet.noDataWithValue", REALISATION, GRADE)));
        }
    }

    static WorksheetRow parse(int row, Map<String, String> cells) {
        return new WorksheetRow(row, cells);
    }

    /** Nothing typed in the editable cells: the row leaves its entry as it is. */
    boolean blank() {
        return value == null && grade == null && note == null && noDataReason == null;
    }

    void error(String field, Message message) {
        errors.add(new FieldError(field, message));
    }

    /** An entry rule's refusal of the row, shown under the worksheet's column and worded in the request's language. */
    void error(String column, FieldError refusal) {
        errors.add(new FieldError(column, refusal.message(), refusal.template()));
    }

    private BigDecimal number(String cell) {
        if (cell == null) {
            return null;
        }
        String text = DECIMAL_COMMA.matcher(cell).matches() ? cell.replace(',', '.') : cell;
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(REALISATION, CollectionProblem.text("worksheet.notANumber", cell)));
            return null;
        }
        if (number.signum() < 0) {
            errors.add(new FieldError(REALISATION, PlatformProblem.text("constraint.kinerja.notNegative")));
        } else if (number.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(REALISATION, CollectionProblem.text("worksheet.decimals", cell)));
        } else if (number.precision() - number.scale() > 15) {
            errors.add(new FieldError(REALISATION, CollectionProblem.text("worksheet.digits", cell)));
        }
        return number;
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
