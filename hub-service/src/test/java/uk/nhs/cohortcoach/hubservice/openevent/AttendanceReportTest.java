package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** Reading webinar platforms' attendance reports: the real export shapes, and thousands of generated messy files. */
class AttendanceReportTest {

    @Test
    void readsAZoomParticipantsReportByItsUserEmailColumn() {
        String zoom = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                + "Ana Silva,Ana.Silva@Example.org,01/14/2027 12:01:02 PM,01/14/2027 01:30:00 PM,89,Yes\n"
                + "\"Khan, Omar\",omar.khan@nhs.net,01/14/2027 12:03:00 PM,01/14/2027 12:40:00 PM,37,Yes\n";

        assertThat(emails(AttendanceReport.read(zoom.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("Ana.Silva@Example.org", "omar.khan@nhs.net");
    }

    @Test
    void readsATeamsReportInUtf16WithTabsSummarySectionsAndABom() {
        String teams = "1. Summary\n"
                + "Meeting title\tPeer learning\n"
                + "Attended participants\t2\n"
                + "\n"
                + "2. Participants\n"
                + "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n"
                + "Ana Silva\t14/01/2027, 12:01:02\t14/01/2027, 13:30:00\t1h 29m\tana.silva@example.org\tana.silva@example.org\tAttendee\n"
                + "Omar Khan\t14/01/2027, 12:03:00\t14/01/2027, 12:40:00\t37m\tomar.khan@nhs.net\tomar.khan@nhs.net\tAttendee\n"
                + "\n"
                + "3. In-Meeting Activities\n"
                + "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\n"
                + "Ana Silva\t14/01/2027, 12:01:02\t14/01/2027, 13:30:00\t1h 29m\tana.silva@example.org\tAttendee\n";
        byte[] bytes = ("\uFEFF" + teams).getBytes(StandardCharsets.UTF_16LE);

        assertThat(emails(AttendanceReport.read(bytes))).containsExactly("ana.silva@example.org", "omar.khan@nhs.net",
                "ana.silva@example.org");
    }

    @Test
    void refusesAFileWithoutAnEmailColumnInWords() {
        assertThatThrownBy(() -> AttendanceReport.read("Name,Join Time\nAna,12:00\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsEntry("file",
                        "The file has no email column. Export the attendance report with each attendee's email address, "
                                + "in a column whose heading includes the word email"));
    }

    @Test
    void refusesAnUnclosedQuoteAndTextThatIsNotUtf8() {
        assertThatThrownBy(() -> AttendanceReport.read("Email\n\"ana@example.org\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFieldsException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> AttendanceReport.read(new byte[] {'E', 'm', 'a', 'i', 'l', '\n', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void anEmailThatContainsTheWordEmailIsDataNotAHeader() {
        assertThat(emails(AttendanceReport.read("Name,Email\nA,email.me@example.org\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("email.me@example.org");
    }

    @Test
    void masksAnAddressSoAReportNeverEchoesItInFull() {
        assertThat(AttendanceReport.masked("ana.silva@example.org")).isEqualTo("a…@example.org");
        assertThat(AttendanceReport.masked("x")).isEqualTo("x…");
    }

    /**
     * Generated files: a random header spelling of the email column at a random place among extra columns, optional
     * BOM, preamble lines, CRLF or LF, commas or tabs, quoted fields (with delimiters and doubled quotes inside),
     * blank lines and repeated rows; every address put in must come out, nothing else with an "@".
     */
    @Test
    void generatedMessyReportsGiveBackEveryAddressTheyHold() {
        String[] headings = {"Email", "EMAIL", "User Email", "email address", "Attendee Email", "E-mail"};
        for (int n = 0; n < 3_000; n++) {
            long seed = 20_27L * 10_000 + n;
            Random random = new Random(seed);
            char delimiter = random.nextBoolean() ? ',' : '\t';
            String newline = random.nextBoolean() ? "\r\n" : "\n";
            int columns = 2 + random.nextInt(5);
            int emailAt = random.nextInt(columns);
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            for (int p = random.nextInt(3); p > 0; p--) {
                text.append("Meeting summary line ").append(p).append(newline);
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                header.add(c == emailAt ? headings[random.nextInt(headings.length)] : "Column " + c);
            }
            text.append(String.join(String.valueOf(delimiter), header)).append(newline);
            Set<String> expected = new LinkedHashSet<>();
            for (int row = random.nextInt(30); row > 0; row--) {
                String email = "person" + random.nextInt(15) + "@Trust" + random.nextInt(3) + ".nhs.uk";
                if (random.nextInt(4) == 0) {
                    email = email.toUpperCase(Locale.ROOT);
                }
                expected.add(email);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(c == emailAt ? quoteMaybe(email, random) : quoteMaybe(messy(random, delimiter), random));
                }
                String line = String.join(String.valueOf(delimiter), cells) + newline;
                text.append(line);
                if (random.nextInt(5) == 0) {
                    text.append(line); // a repeated row
                }
                if (random.nextInt(6) == 0) {
                    text.append(newline); // a blank line
                }
            }
            try {
                List<AttendanceReport.Row> rows = AttendanceReport.read(text.toString().getBytes(StandardCharsets.UTF_8));
                assertThat(new LinkedHashSet<>(emails(rows))).containsExactlyInAnyOrderElementsOf(expected);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ":\n" + text, e);
            }
        }
    }

    private static String messy(Random random, char delimiter) {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "Smith" + delimiter + " Jo";
            case 2 -> "said \"hello\"";
            case 3 -> "12:03:00 PM";
            default -> "plain";
        };
    }

    private static String quoteMaybe(String value, Random random) {
        boolean needs = value.contains(",") || value.contains("\t") || value.contains("\"");
        if (needs || random.nextInt(3) == 0) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static List<String> emails(List<AttendanceReport.Row> rows) {
        return rows.stream().map(AttendanceReport.Row::email).filter(e -> e.contains("@")).toList();
    }
}
