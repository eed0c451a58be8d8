package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The names attachments are downloaded as: readable, and safe in a header and on any disk whatever the client sent. */
class FileNameRulesTest {

    @Test
    void keepsAReadableNameAndEndsItInPdf() {
        assertThat(FileNameRules.safe("Board questions 2027.pdf")).isEqualTo("Board questions 2027.pdf");
        assertThat(FileNameRules.safe("Board questions.PDF")).isEqualTo("Board questions.pdf");
        assertThat(FileNameRules.safe("notes")).isEqualTo("notes.pdf");
        assertThat(FileNameRules.safe("Équité en santé.pdf")).isEqualTo("Equite en sante.pdf");
    }

    @Test
    void dropsPathsQuotesAndHeaderBreakingCharacters() {
        assertThat(FileNameRules.safe("C:\\Users\\x\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileNameRules.safe("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(FileNameRules.safe("a\"; filename=evil.exe\r\nX-Injected: 1.pdf")).doesNotContain("\"", ";", "\r", "\n");
        assertThat(FileNameRules.safe(null)).isEqualTo("attachment.pdf");
        assertThat(FileNameRules.safe("...")).isEqualTo("attachment.pdf");
        assertThat(FileNameRules.safe("x".repeat(500) + ".pdf")).hasSize(FileNameRules.MAX_LENGTH);
    }

    @Test
    void anyGeneratedNameComesOutSafe() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(150);
            for (int c = 0; c < length; c++) {
                name.append((char) random.nextInt(0x3000));
            }
            String safe = FileNameRules.safe(name.toString());
            assertThat(safe).matches("[A-Za-z0-9][A-Za-z0-9 ._-]*\\.pdf|attachment\\.pdf").hasSizeLessThanOrEqualTo(FileNameRules.MAX_LENGTH);
        }
    }
}
