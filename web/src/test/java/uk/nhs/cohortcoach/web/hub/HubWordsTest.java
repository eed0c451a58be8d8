package uk.nhs.cohortcoach.web.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.web.api.CohortInsights;
import uk.nhs.cohortcoach.web.api.HubTaxonomy;

class HubWordsTest {

    @Test
    void aFileIsItsTypeAndSizeInGovUkWords() {
        assertThat(HubWords.fileDescription("application/pdf", 1_258_291)).isEqualTo("PDF, 1.2 MB");
        assertThat(HubWords.fileDescription("application/pdf", 20L * 1024 * 1024)).isEqualTo("PDF, 20 MB");
        assertThat(HubWords.fileDescription("application/pdf", 850_000)).isEqualTo("PDF, 830 KB");
        assertThat(HubWords.fileDescription(null, 512)).isEqualTo("PDF, 512 bytes");
        assertThat(HubWords.fileDescription("application/pdf", 1)).isEqualTo("PDF, 1 byte");
    }

    @Test
    void generatedSizesAreInTheRightUnitAndRoundedToIt() {
        Random random = new Random(2026_12_07L);
        for (int i = 0; i < 5_000; i++) {
            long bytes = (long) (Math.pow(2, random.nextDouble() * 25));
            String size = HubWords.size(bytes);
            String[] parts = size.split(" ");
            double shown = Double.parseDouble(parts[0]);
            double unit = switch (parts[1]) {
                case "MB" -> 1024 * 1024;
                case "KB" -> 1024;
                default -> 1;
            };
            double tolerance = unit == 1 ? 0 : unit == 1024 ? 512 : 0.05 * 1024 * 1024; // whole KB, MB to one decimal place
            assertThat(Math.abs(shown * unit - bytes)).as("%d bytes as %s", bytes, size).isLessThanOrEqualTo(tolerance);
            assertThat(parts[1]).as("%d bytes as %s", bytes, size).isEqualTo(bytes < 1024 ? (bytes == 1 ? "byte" : "bytes")
                    : bytes < 1024 * 1024 ? "KB" : "MB");
        }
    }

    @Test
    void aRecordingsLengthIsInHoursAndMinutes() {
        assertThat(HubWords.duration(45)).isEqualTo("45 minutes");
        assertThat(HubWords.duration(60)).isEqualTo("1 hour");
        assertThat(HubWords.duration(61)).isEqualTo("1 hour 1 minute");
        assertThat(HubWords.duration(150)).isEqualTo("2 hours 30 minutes");
        assertThat(HubWords.duration(null)).isEmpty();
    }

    @Test
    void onlyWebAddressesAreLinks() {
        assertThat(HubWords.webAddress("https://www.england.nhs.uk")).isTrue();
        assertThat(HubWords.webAddress(" HTTP://example.org")).isTrue();
        for (String other : List.of("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", "vbscript:x", "")) {
            assertThat(HubWords.webAddress(other)).as(other).isFalse();
        }
        assertThat(HubWords.webAddress(null)).isFalse();
    }

    @Test
    void aDigestsBodyHoldsTheCountsAsMarkdownTablesAndNoneOfTheSurfacedWords() {
        HubWords words = new HubWords(new HubTaxonomy(List.of(), List.of(new HubTaxonomy.Term("EMBEDDING_EQUITY", "Embedding equity", null)),
                List.of(), List.of()));
        CohortInsights insights = new CohortInsights(7, 1, List.of(new CohortInsights.ComponentCount("EMBEDDING_EQUITY", 5),
                new CohortInsights.ComponentCount("PEOPLE_AND_CULTURE", 2)), new CohortInsights.EquityPauses(4, 3),
                List.of("Carers could not attend", "Interpreters were not booked"));

        String body = DigestBody.of("Phase | 2\nnew line", insights, words);

        assertThat(body).startsWith("Coaching sessions logged in Phase \\| 2 new line: 7, with 1 collaborative.")
                .contains("| Maturity component | Sessions |\n| --- | ---: |\n| Embedding equity | 5 |\n| People and culture | 2 |\n")
                .contains("| Held | 4 |\n| Not held | 3 |\n")
                .doesNotContain("Carers").doesNotContain("Interpreters");
    }
}
