package id.go.kinerja.platform.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Cells of the workbooks the services give out. A spreadsheet stores every number in binary floating point, so the
 * conversion of a decimal figure is made here, at the last step, once: the services keep their figures in
 * {@link BigDecimal} up to the cell (measurement has no floating point in its own code). Services that use this
 * declare Apache POI themselves.
 */
public final class XlsxCells {

    private XlsxCells() {
    }

    /** The figure as a numeric cell (summable), or nothing when null. */
    public static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** The style of a header row: bold, wrapped, on pale blue (as the archive's reports have it). */
    public static CellStyle headerStyle(Workbook workbook, Font bold) {
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return header;
    }
}
