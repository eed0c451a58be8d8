package uk.nhs.cohortcoach.hubservice.openevent;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * A webinar platform's attendance report as exported (Microsoft Teams: tab-separated UTF-16 with summary sections;
 * Zoom: comma-separated with a {@code User Email} column; anything similar): the email column is found by its header
 * (a cell whose name contains "email", any case), wherever the header row is; a byte-order mark, quoted fields,
 * extra columns, section lines and repeated rows are tolerated. A file with no email column is refused (400, in words).
 */
public final class AttendanceReport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A row of the report: its line-ordered row number and the email it holds (blank when none). */
    public record Row(int row, String email) {
    }

    private AttendanceReport() {
    }

    /** The rows below the header that name someone (blank lines and section lines left out). */
    public static List<Row> read(byte[] bytes) {
        String text = decode(bytes);
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            int emailColumn = -1;
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                int header = emailColumnOf(record);
                if (header >= 0) {
                    emailColumn = header; // the first header, or a section's own header further down
                    continue;
                }
                if (emailColumn < 0 || record.size() <= emailColumn) {
                    continue; // above the header, or a section's title line
                }
                rows.add(new Row(number, record.get(emailColumn).trim()));
            }
            if (emailColumn < 0) {
                throw InvalidFieldsException.of("file", "The file has no email column. Export the attendance report "
                        + "with each attendee's email address, in a column whose heading includes the word email");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw InvalidFieldsException.of("file", "The file is not a readable CSV file. Check for a quote that is not closed");
        }
        return rows;
    }

    /** "j…@example.org": enough for a person to recognise a row, without echoing the address in full. */
    public static String masked(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return email.isEmpty() ? "" : email.charAt(0) + "…";
        }
        return email.charAt(0) + "…" + email.substring(at);
    }

    private static int emailColumnOf(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i).trim().toLowerCase(Locale.ROOT);
            if ((cell.contains("email") || cell.contains("e-mail")) && !cell.contains("@")) {
                return i;
            }
        }
        return -1;
    }

    /** Tab when the first line naming an email column has more tabs than commas (Teams), else comma. */
    private static char delimiterOf(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if ((lower.contains("email") || lower.contains("e-mail")) && !lower.contains("@")) {
                return line.chars().filter(c -> c == '\t').count() > line.chars().filter(c -> c == ',').count() ? '\t' : ',';
            }
        }
        return ',';
    }

    private static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidFieldsException.of("file", "The file must be saved as UTF-8 or UTF-16 text");
        }
    }
}
