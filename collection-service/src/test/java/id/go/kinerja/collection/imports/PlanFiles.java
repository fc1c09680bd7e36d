package id.go.kinerja.collection.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan files of the import tests. One source, the CSV export of Dinas Perdagangan dan Transmigrasi
 * ({@code imports/disdagtrans-2025-plan.csv}), turned into XLSX and into the JSON plan document, so the
 * three formats carry the same plan. {@link #main} writes the committed XLSX and JSON samples.
 */
public final class PlanFiles {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PLAN_CSV = "/imports/disdagtrans-2025-plan.csv";

    /** The divisions (bidang) the plan's indicators are in the care of. */
    public static final Map<String, String> DIVISIONS = new LinkedHashMap<>();

    static {
        DIVISIONS.put("SEKRETARIAT", "Sekretariat");
        DIVISIONS.put("PERDAGANGAN", "Bidang Perdagangan");
        DIVISIONS.put("METROLOGI", "Bidang Metrologi Legal");
        DIVISIONS.put("TRANSMIGRASI", "Bidang Transmigrasi");
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanFiles() {
    }

    public static String disdagtransCsv() {
        try (InputStream in = PlanFiles.class.getResourceAsStream(PLAN_CSV)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a CSV file, header first. */
    public static List<List<String>> rows(String csv) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The CSV with one cell of one data row (1 = the first row under the header) replaced. */
    public static String withCell(String csv, int dataRow, String column, String value) {
        List<List<String>> rows = new ArrayList<>(rows(csv).stream().map(ArrayList::new).toList());
        rows.get(dataRow).set(rows.get(0).indexOf(column), value);
        return csv(rows);
    }

    /** The first sheet holds the rows; plain numbers become numeric cells as a spreadsheet user would type them. */
    public static byte[] xlsx(String csv) {
        return xlsx(rows(csv));
    }

    /** The rows, header first, in the first sheet as {@link #xlsx(String)} writes them. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Rencana Kinerja");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && NUMBER.matcher(cell).matches()) {
                        row.createCell(c).setCellValue(Double.parseDouble(cell));
                    } else {
                        row.createCell(c).setCellValue(cell);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan document of {@code PUT /plan/{year}} with the same content, and the four divisions it uses. */
    public static String json(String csv, String agencyCode, int year) {
        List<List<String>> rows = rows(csv);
        List<String> header = rows.get(0);
        ObjectNode document = JSON.createObjectNode();
        document.put("agencyCode", agencyCode);
        document.put("agencyName", "Dinas Perdagangan dan Transmigrasi");
        document.put("year", year);
        ArrayNode divisions = document.putArray("divisions");
        DIVISIONS.forEach((code, name) -> divisions.addObject().put("code", code).put("name", name));
        ArrayNode nodes = document.putArray("nodes");
        ArrayNode indicators = document.putArray("indicators");
        for (List<String> row : rows.subList(1, rows.size())) {
            Function<String, String> cell = column -> {
                String value = row.get(header.indexOf(column));
                return value.isEmpty() ? null : value;
            };
            if (cell.apply("indicator_code") == null) {
                ObjectNode node = nodes.addObject();
                node.put("code", cell.apply("code"));
                node.put("level", cell.apply("level"));
                node.put("name", cell.apply("name"));
                node.put("parentCode", cell.apply("parent_code"));
                node.put("budgetCeiling", cell.apply("budget_ceiling") == null ? null
                        : new BigDecimal(cell.apply("budget_ceiling")));
                continue;
            }
            ObjectNode indicator = indicators.addObject();
            indicator.put("code", cell.apply("indicator_code"));
            indicator.put("name", cell.apply("indicator_name"));
            indicator.put("unit", cell.apply("unit"));
            indicator.put("nodeCode", cell.apply("code"));
            indicator.put("divisionCode", cell.apply("division_code"));
            indicator.put("polarity", cell.apply("polarity"));
            indicator.put("valueType", cell.apply("value_type"));
            indicator.put("frequency", cell.apply("frequency"));
            indicator.put("periodAggregation", cell.apply("period_aggregation"));
            ArrayNode targets = indicator.putArray("targets");
            for (int quarter = 1; quarter <= 4; quarter++) {
                String value = cell.apply(quarter == 4 && cell.apply("target_year") != null ? "target_year"
                        : "target_q" + quarter);
                if (value != null) {
                    target(targets.addObject().put("quarter", quarter), value);
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void target(ObjectNode target, String cell) {
        int range = cell.indexOf("..");
        if (range > 0) {
            target.put("min", new BigDecimal(cell.substring(0, range)));
            target.put("max", new BigDecimal(cell.substring(range + 2)));
        } else if (NUMBER.matcher(cell).matches() || cell.startsWith("-")) {
            target.put("value", new BigDecimal(cell));
        } else {
            target.put("grade", cell);
        }
    }

    /** Writes the XLSX and JSON samples next to the CSV: {@code java ... PlanFiles src/test/resources/imports}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        String csv = Files.readString(folder.resolve("disdagtrans-2025-plan.csv"));
        Files.write(folder.resolve("disdagtrans-2025-plan.xlsx"), xlsx(csv));
        Files.writeString(folder.resolve("disdagtrans-2025-plan.json"), json(csv, "DISDAGTRANS", 2025) + "\n");
    }
}
