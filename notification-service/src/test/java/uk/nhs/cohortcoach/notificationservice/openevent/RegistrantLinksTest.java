package uk.nhs.cohortcoach.notificationservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.RegistrationTokens;

/** The links of open-event email: at the public address, and personal links no one can make from a registration id. */
class RegistrantLinksTest {

    private static final String SECRET = "a-registration-link-secret-of-32-characters-or-more";
    private final RegistrantLinks links = new RegistrantLinks("https://coach.example.nhs.uk/respond/", SECRET);

    @Test
    void everyLinkIsAtThePublicAddressWithoutTheSurveyPath() {
        assertThat(links.calendarLink("oe-1")).isEqualTo("https://coach.example.nhs.uk/api/open-events/oe-1/calendar.ics");
        assertThat(links.eventLink("oe-1")).isEqualTo("https://coach.example.nhs.uk/events/oe-1");
        assertThat(links.resourceLink("r-1")).isEqualTo("https://coach.example.nhs.uk/hub/resources/r-1");
        assertThat(links.cancelLink("reg-1")).startsWith("https://coach.example.nhs.uk/events/registrations/");
        assertThat(links.feedbackLink("reg-1")).startsWith("https://coach.example.nhs.uk/events/feedback/");
    }

    @Test
    void theTokensHashToWhatHubServiceStoresAndNeitherOpensTheOtherLinkNorNamesTheRegistration() {
        Random random = new Random(31);
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String registration = "reg-" + Long.toHexString(random.nextLong());
            String cancel = token(links.cancelLink(registration));
            String feedback = token(links.feedbackLink(registration));

            assertThat(RegistrationTokens.hash(cancel))
                    .isEqualTo(RegistrationTokens.hash(RegistrationTokens.cancelToken(SECRET.getBytes(StandardCharsets.UTF_8), registration)));
            assertThat(RegistrationTokens.hash(feedback))
                    .isEqualTo(RegistrationTokens.hash(RegistrationTokens.feedbackToken(SECRET.getBytes(StandardCharsets.UTF_8), registration)));
            assertThat(cancel).as("a feedback link is no cancel link").isNotEqualTo(feedback);
            assertThat(cancel + feedback).doesNotContain(registration).doesNotContain(registration.substring(4));
            assertThat(tokens.add(cancel) && tokens.add(feedback)).as("every token differs").isTrue();
        }
    }

    @Test
    void anotherSecretMakesOtherTokensSoOnlyTheSharedSecretMakesLinksHubServiceAccepts() {
        RegistrantLinks other = new RegistrantLinks("https://coach.example.nhs.uk/", SECRET + "-but-another");

        assertThat(token(other.cancelLink("reg-1"))).isNotEqualTo(token(links.cancelLink("reg-1")));
        assertThat(token(other.feedbackLink("reg-1"))).isNotEqualTo(token(links.feedbackLink("reg-1")));
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
