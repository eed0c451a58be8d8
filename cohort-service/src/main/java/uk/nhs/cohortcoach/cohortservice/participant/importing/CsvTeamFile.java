package uk.nhs.cohortcoach.cohortservice.participant.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * Reads a team CSV file ({@value #HEADER}) into rows, each either valid or with its errors by column.
 * Tolerates a UTF-8 byte-order mark, quoted fields (with commas or line breaks), blank lines, CRLF
 * and surrounding spaces; column order is free and column names ignore case. Row numbers are the
 * file's line numbers (the header is row 1). A row repeating an earlier row's email (ignoring case)
 * is rejected.
 */
final class CsvTeamFile {

    static final String HEADER = "name,email,job_title,organisation_ods_code,leadership_role";
    static final List<String> COLUMNS = List.of(HEADER.split(","));

    private static final Map<String, String> COLUMN_OF_PROPERTY = Map.of("name", "name", "email", "email",
            "jobTitle", "job_title", "organisationOdsCode", "organisation_ods_code");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setIgnoreHeaderCase(true)
            .setAllowMissingColumnNames(true).get();

    private CsvTeamFile() {
    }

    /** One person as a row gives them, checked with the same rules as the people API. */
    record RowValues(
            @NotBlank(message = "Enter the name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
            @NotBlank(message = "Enter the email address")
            @Email(message = "Enter the email address in the correct format, like name@example.com")
            @Size(max = 254, message = "The email address must be 254 characters or fewer") String email,
            @Size(max = 200, message = "The job title must be 200 characters or fewer") String jobTitle,
            @Pattern(regexp = "[A-Z0-9]{3,5}", message = "Enter the ODS code in the correct format: 3 to 5 capital letters or digits, like RX1")
            String organisationOdsCode,
            LeadershipRole leadershipRole) {

        String emailKey() {
            return Person.emailKey(email);
        }
    }

    /** A row of the file: its values when valid, otherwise its errors (column → message, in column order). */
    record Row(int row, RowValues values, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * @throws InvalidFieldsException (400) when the file is empty or its header lacks a column
     */
    static List<Row> read(String text, Validator validator) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineNumbers lines = new LineNumbers(content);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(FORMAT).get()) {
            checkHeader(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                Row row = row(lines.lineAt(record.getCharacterPosition()), record, validator);
                if (row.valid()) {
                    Integer earlier = firstRowOfEmail.putIfAbsent(row.values().emailKey(), row.row());
                    if (earlier != null) {
                        row = new Row(row.row(), null, Map.of("email", "The email address is the same as in row " + earlier));
                    }
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv signals a malformed file (unclosed quote, duplicate header) this way
            throw InvalidFieldsException.of("file", "The file is not a readable CSV file. Check for a quote that is not closed");
        }
        return rows;
    }

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw InvalidFieldsException.of("header", "The file is empty. The first line must be: " + HEADER);
        }
        List<String> present = header.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = COLUMNS.stream().filter(column -> !present.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw InvalidFieldsException.of("header", "The first line is missing the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ". The first line must be: " + HEADER);
        }
    }

    private static Row row(int line, CSVRecord record, Validator validator) {
        Map<String, String> errors = new LinkedHashMap<>();
        String roleText = value(record, "leadership_role");
        LeadershipRole role = null;
        if (roleText == null) {
            errors.put("leadership_role", "Enter the leadership role");
        } else {
            role = leadershipRole(roleText);
            if (role == null) {
                errors.put("leadership_role", "The leadership role must be " + Words.choices(LeadershipRole.class));
            }
        }
        String ods = value(record, "organisation_ods_code");
        RowValues values = new RowValues(value(record, "name"), value(record, "email"), value(record, "job_title"),
                ods == null ? null : ods.toUpperCase(Locale.ROOT), role);
        for (ConstraintViolation<RowValues> violation : validator.validate(values)) {
            errors.merge(COLUMN_OF_PROPERTY.get(violation.getPropertyPath().toString()), violation.getMessage(),
                    (first, second) -> first + "; " + second);
        }
        if (!record.isConsistent()) {
            errors.put("row", "The row has " + record.size() + " values, not one for each column of the header");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String column : List.of("row", "name", "email", "job_title", "organisation_ods_code", "leadership_role")) {
            if (errors.containsKey(column)) {
                ordered.put(column, errors.get(column));
            }
        }
        return new Row(line, ordered.isEmpty() ? values : null, ordered);
    }

    /** {@code chief executive}, {@code Chief-Executive} or {@code CHIEF_EXECUTIVE}; null when unknown. */
    static LeadershipRole leadershipRole(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (LeadershipRole role : LeadershipRole.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Line numbers (from 1) of character positions, skipping the blank lines a record's position may start on. */
    private static final class LineNumbers {

        private final String text;
        private final int[] lineStarts;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long characterPosition) {
            int position = (int) characterPosition;
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            int index = Arrays.binarySearch(lineStarts, position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
