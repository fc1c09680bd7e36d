package id.go.kinerja.archive.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Kind;
import id.go.kinerja.archive.report.Report.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxStreamedTableTest {

    @Test
    void aTableLongerThanASheetContinuesOnFurtherSheetsEachWithItsHeader() throws IOException {
        List<Column> columns = List.of(new Column("code", "Kode", Kind.TEXT), new Column("value", "Nilai", Kind.QUANTITY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamedTable table = XlsxReportWriter.streamed(out, "Hasil", columns, 3)) {
            for (int i = 1; i <= 5; i++) {
                table.add(new Row(false, Map.of("code", "K-" + i, "value", BigDecimal.valueOf(i))));
            }
            table.finish();
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, workbook.getNumberOfSheets());
            int expected = 1;
            for (String name : List.of("Hasil", "Hasil (2)", "Hasil (3)")) {
                Sheet sheet = workbook.getSheet(name);
                assertEquals("Kode", sheet.getRow(0).getCell(0).getStringCellValue(), name + " header");
                for (int r = 1; r <= sheet.getLastRowNum(); r++, expected++) {
                    assertEquals("K-" + expected, sheet.getRow(r).getCell(0).getStringCellValue());
                    assertEquals(expected, sheet.getRow(r).getCell(1).getNumericCellValue());
                }
            }
            assertEquals(6, expected, "every row once, in order");
        }
    }
}
