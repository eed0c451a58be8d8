package uk.nhs.cohortcoach.notificationservice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.InvitationLinkReissued;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;

class SurveyRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-27T23:30:00Z");
    private static final WaveView WAVE = new WaveView("w", "Baseline", CLOSES);
    private final SurveyMessages rules = new SurveyMessages(ZoneId.of("Europe/London"));

    @Test
    void aReissuedLinkIsTheInvitationEmailAgainOncePerEventUnlessAnsweredOrLeft() {
        InvitationView open = new InvitationView("i-1", "w", "p-1", "c", CLOSES, false, false, 1);
        InvitationLinkReissued reissued = new InvitationLinkReissued(UUID.randomUUID(), NOW, "w", "i-1", "p-1", 1, CLOSES);

        List<NewMessage> sent = rules.reissued(reissued, open, WAVE, false, NOW).messages();

        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.SURVEY_INVITATION);
            assertThat(m.recipientId()).isEqualTo("p-1");
            assertThat(m.invitationId()).isEqualTo("i-1");
            assertThat(m.source()).isEqualTo(reissued.eventId().toString());
            assertThat(m.eventType()).isEqualTo("InvitationLinkReissued");
            assertThat(m.personalisation()).containsEntry("wave_label", "Baseline").containsKey("closes_on")
                    .doesNotContainKey("survey_link");
        });
        assertThat(rules.reissued(reissued, new InvitationView("i-1", "w", "p-1", "c", CLOSES, true, false, 1), WAVE, false, NOW)
                .messages()).isEmpty();
        assertThat(rules.reissued(reissued, new InvitationView("i-1", "w", "p-1", "c", CLOSES, false, true, 1), WAVE, false, NOW)
                .messages()).isEmpty();
        assertThat(rules.reissued(reissued, open, WAVE, true, NOW).messages()).isEmpty();
    }

    @Test
    void remindsOnlyThoseWhoHaveNotAnsweredAndAreStillInTheTeam() {
        List<InvitationView> known = List.of(
                new InvitationView("i-open", "w", "p-open", "c", CLOSES, false, false),
                new InvitationView("i-done", "w", "p-done", "c", CLOSES, true, false),
                new InvitationView("i-left", "w", "p-left", "c", CLOSES, false, true),
                new InvitationView("i-left-late", "w", "p-left-late", "c", CLOSES, false, false));
        ReminderRequested asked = new ReminderRequested(UUID.randomUUID(), NOW, "w",
                List.of("i-open", "i-done", "i-left", "i-left-late", "i-unknown"), "MANUAL", CLOSES);

        List<NewMessage> reminders = rules.reminders(asked, known, WAVE, (person, team) -> person.equals("p-left-late"), NOW)
                .messages();

        assertThat(reminders).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.SURVEY_REMINDER);
            assertThat(m.recipientId()).isEqualTo("p-open");
            assertThat(m.invitationId()).isEqualTo("i-open");
            assertThat(m.subjectId()).isEqualTo("i-open");
            assertThat(m.source()).isEqualTo(asked.eventId().toString());
            assertThat(m.personalisation()).containsEntry("wave_label", "Baseline").containsEntry("closes_on", "Friday 27 March 2026");
        });
    }

    @Test
    void invitesUnlessThePersonHasLeft() {
        InvitationIssued issued = new InvitationIssued(UUID.randomUUID(), NOW, "w", "i-1", "p-1", "c", CLOSES);

        assertThat(rules.issued(issued, WAVE, false, NOW).messages()).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.SURVEY_INVITATION);
            assertThat(m.invitationId()).isEqualTo("i-1");
            assertThat(m.dueAt()).isEqualTo(NOW);
        });
        assertThat(rules.issued(issued, WAVE, true, NOW).messages()).isEmpty();
    }
}
