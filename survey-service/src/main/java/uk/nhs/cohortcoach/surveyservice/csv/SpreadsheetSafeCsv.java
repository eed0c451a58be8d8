package uk.nhs.cohortcoach.surveyservice.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV (RFC 4180, commons-csv's default format) that a spreadsheet cannot run: any cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (which Excel,
 * LibreOffice and Google Sheets may take for a formula, e.g. {@code =HYPERLINK(...)}) is prefixed
 * with a single quote, as OWASP's CSV injection guidance advises. Names come from other people
 * (a collaborative's name, a statement id), so every cell, the header included, goes through
 * {@link #neutralise}. The quote shows in the cell, which is the price of never running it.
 */
public final class SpreadsheetSafeCsv implements AutoCloseable {

    /** The characters that make a spreadsheet read a cell as a formula when they come first. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private SpreadsheetSafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A CSV written to {@code out}, starting with the header row. */
    public static SpreadsheetSafeCsv to(Appendable out, String... header) {
        try {
            SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(new CSVPrinter(out, CSVFormat.DEFAULT));
            csv.row((Object[]) header);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record; each value is written as its {@code toString()} (null as empty), neutralised. */
    public void row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = neutralise(cells[i] == null ? "" : cells[i].toString());
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet should show it: prefixed with {@code '} when it starts like a formula. */
    public static String neutralise(String cell) {
        if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
