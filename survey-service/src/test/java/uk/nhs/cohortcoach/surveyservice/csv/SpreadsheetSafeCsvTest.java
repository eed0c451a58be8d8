package uk.nhs.cohortcoach.surveyservice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Cells that a spreadsheet would run as a formula come out prefixed with {@code '}; everything else
 * comes out as it went in. The property test generates cells (seeded) from an alphabet heavy in the
 * characters that matter, writes them and reads the CSV back.
 */
class SpreadsheetSafeCsvTest {

    private static final long SEED = 20260613L;
    private static final String ALPHABET = "=+-@\t\r\n,\"' aZ9(HYPERLINK)!;:/.é";

    @Test
    void aCellStartingLikeAFormulaIsPrefixedWithASingleQuote() {
        assertThat(SpreadsheetSafeCsv.neutralise("=HYPERLINK(\"https://evil.example\",\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Click\")");
        assertThat(SpreadsheetSafeCsv.neutralise("+44 1234")).isEqualTo("'+44 1234");
        assertThat(SpreadsheetSafeCsv.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafeCsv.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetSafeCsv.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetSafeCsv.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void aCellThatDoesNotStartLikeAFormulaIsLeftAsItIs() {
        assertThat(SpreadsheetSafeCsv.neutralise("Acute Hospitals Alliance")).isEqualTo("Acute Hospitals Alliance");
        assertThat(SpreadsheetSafeCsv.neutralise("")).isEmpty();
        assertThat(SpreadsheetSafeCsv.neutralise("33.3")).isEqualTo("33.3");
        assertThat(SpreadsheetSafeCsv.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetSafeCsv.neutralise("'already text")).isEqualTo("'already text");
    }

    @Test
    void everyWrittenCellReadsBackAsItWasOrQuotedWhenItStartedLikeAFormula() throws IOException {
        Random random = new Random(SEED);
        for (int iteration = 0; iteration < 500; iteration++) {
            int width = 1 + random.nextInt(6);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(randomCell(random));
            }
            StringWriter out = new StringWriter();
            try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "h")) {
                csv.row(cells.toArray());
            }

            List<CSVRecord> records;
            try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(out.toString()))) {
                records = parser.getRecords();
            }
            assertThat(records).as("iteration %d: %s", iteration, cells).hasSize(2);
            List<String> read = records.get(1).toList();
            assertThat(read).as("iteration %d", iteration).hasSize(width);
            for (int i = 0; i < width; i++) {
                String written = cells.get(i);
                boolean formulaLike = !written.isEmpty() && SpreadsheetSafeCsv.FORMULA_STARTS.indexOf(written.charAt(0)) >= 0;
                assertThat(read.get(i)).as("iteration %d cell %s", iteration, printable(written))
                        .isEqualTo(formulaLike ? "'" + written : written);
                assertThat(read.get(i)).as("never starts like a formula")
                        .satisfiesAnyOf(cell -> assertThat(cell).isEmpty(),
                                cell -> assertThat(SpreadsheetSafeCsv.FORMULA_STARTS.indexOf(cell.charAt(0))).isNegative());
            }
        }
    }

    @Test
    void nullCellsAreWrittenEmptyAndTheHeaderComesFirst() {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "group", "responses")) {
            csv.row(null, 6);
            csv.row(6, null);
        }

        // commons-csv quotes an empty first cell, so that a record of one empty cell is not an empty line
        assertThat(out.toString()).isEqualTo("group,responses\r\n\"\",6\r\n6,\r\n");
    }

    private static String randomCell(Random random) {
        int length = random.nextInt(12);
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < length; i++) {
            cell.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return cell.toString();
    }

    private static String printable(String cell) {
        return cell.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
