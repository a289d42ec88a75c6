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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A statement for finance, as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names right)
 * or XLSX: a header block, every line with the rule that made it, and the totals — which are the sums of the lines.
 */
@Component
class StatementExport {

    /** Rows of an XLSX kept in memory while it is written; the rest are flushed to a temporary file. */
    static final int ROWS_IN_MEMORY = 200;

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

    /**
     * The XLSX is streamed (only {@value #ROWS_IN_MEMORY} rows in memory) and its columns are as wide as their
     * longest text; POI's in-memory workbook with autoSizeColumn, which measures every cell with the JDK's fonts,
     * took 28 s for a statement of 72,340 lines.
     */
    byte[] xlsx(Statement statement, Partner partner, List<StatementLine> lines, StatementTotals totals) {
        // Closing the workbook also deletes its temporary file.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(partner.code() + " " + statement.period());
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int[] widths = new int[COLUMNS.size()];
            int rowNo = 0;
            for (List<String> header : header(statement, partner)) {
                Row row = sheet.createRow(rowNo++);
                text(row, 0, header.get(0), widths);
                text(row, 1, header.get(1), null);
            }
            rowNo++;
            Row titles = sheet.createRow(rowNo++);
            for (int i = 0; i < COLUMNS.size(); i++) {
                text(titles, i, COLUMNS.get(i), widths);
            }
            for (StatementLine line : lines) {
                Row row = sheet.createRow(rowNo++);
                text(row, 0, line.ticketNumber(), widths);
                text(row, 1, line.kind().name(), widths);
                text(row, 2, line.component().name(), widths);
                text(row, 3, line.description(), widths);
                number(row, 4, line.quantity(), null, widths);
                number(row, 5, line.unitAmount(), null, widths);
                number(row, 6, line.amount(), money, widths);
                text(row, 7, line.ruleTable(), widths);
                text(row, 8, line.ruleVersion(), widths);
                text(row, 9, line.ruleRow(), widths);
            }
            rowNo++;
            for (List<Object> total : totalRows(totals, statement.currency())) {
                Row row = sheet.createRow(rowNo++);
                text(row, 3, (String) total.get(0), widths);
                number(row, 6, (BigDecimal) total.get(1), money, widths);
                text(row, 7, (String) total.get(2), widths);
            }
            for (int i = 0; i < widths.length; i++) {
                // Width in 1/256 of a character, with a little room; Excel's limit is 255 characters.
                sheet.setColumnWidth(i, Math.min(255, widths[i] + 2) * 256);
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

    /** Writes a text cell; with {@code widths}, the column grows to fit it. */
    private static void text(Row row, int column, String value, int[] widths) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            if (widths != null) {
                widths[column] = Math.max(widths[column], value.length());
            }
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style, int[] widths) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
        // Room for the digits, thousands separators and two decimals.
        widths[column] = Math.max(widths[column], value.toBigInteger().toString().length() * 4 / 3 + 3);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }
}
