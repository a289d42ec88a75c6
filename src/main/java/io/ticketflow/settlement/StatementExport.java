package io.ticketflow.settlement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A statement for finance, as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names right)
 * or XLSX: a header block, every line with the rule that made it, and the totals — which are the sums of the lines.
 */
@Component
class StatementExport {

    static final List<String> COLUMNS = List.of("Ticket", "Kind", "Component", "Description", "Quantity",
            "Unit amount", "Amount", "Rule table", "Rule version", "Rule row");

    byte[] csv(Statement statement, Partner partner, List<StatementLine> lines, StatementTotals totals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            for (List<String> header : header(statement, partner)) {
                csv.printRecord(header);
            }
            csv.println();
            csv.printRecord(COLUMNS);
            for (StatementLine line : lines) {
                csv.printRecord(line.ticketNumber(), line.kind(), line.component(), line.description(),
                        plain(line.quantity()), plain(line.unitAmount()), Money.round(line.amount()).toPlainString(),
                        line.ruleTable(),
                        line.ruleVersion(), line.ruleRow());
            }
            csv.println();
            for (List<Object> total : totalRows(totals, statement.currency())) {
                csv.printRecord(total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(Statement statement, Partner partner, List<StatementLine> lines, StatementTotals totals) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(partner.code() + " " + statement.period());
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int rowNo = 0;
            for (List<String> header : header(statement, partner)) {
                Row row = sheet.createRow(rowNo++);
                row.createCell(0).setCellValue(header.get(0));
                row.createCell(1).setCellValue(header.get(1));
            }
            rowNo++;
            Row titles = sheet.createRow(rowNo++);
            for (int i = 0; i < COLUMNS.size(); i++) {
                titles.createCell(i).setCellValue(COLUMNS.get(i));
            }
            for (StatementLine line : lines) {
                Row row = sheet.createRow(rowNo++);
                text(row, 0, line.ticketNumber());
                text(row, 1, line.kind().name());
                text(row, 2, line.component().name());
                text(row, 3, line.description());
                row.createCell(4).setCellValue(line.quantity().doubleValue());
                row.createCell(5).setCellValue(line.unitAmount().doubleValue());
                row.createCell(6).setCellValue(line.amount().doubleValue());
                row.getCell(6).setCellStyle(money);
                text(row, 7, line.ruleTable());
                text(row, 8, line.ruleVersion());
                text(row, 9, line.ruleRow());
            }
            rowNo++;
            for (List<Object> total : totalRows(totals, statement.currency())) {
                Row row = sheet.createRow(rowNo++);
                row.createCell(3).setCellValue((String) total.get(0));
                row.createCell(6).setCellValue(((BigDecimal) total.get(1)).doubleValue());
                row.getCell(6).setCellStyle(money);
                row.createCell(7).setCellValue((String) total.get(2));
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> header(Statement statement, Partner partner) {
        return List.of(List.of("Statement", String.valueOf(statement.id())),
                List.of("Partner", partner.code() + " " + partner.name() + " (" + partner.kind() + ", "
                        + partner.region() + ")"),
                List.of("Period", statement.period()),
                List.of("Status", statement.status().name()),
                List.of("Currency", statement.currency()));
    }

    private static List<List<Object>> totalRows(StatementTotals totals, String currency) {
        return List.of(List.of("Subtotal", totals.subtotal(), currency), List.of("Tax", totals.tax(), currency),
                List.of("Total", totals.total(), currency));
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }
}
