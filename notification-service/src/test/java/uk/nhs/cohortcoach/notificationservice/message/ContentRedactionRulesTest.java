package uk.nhs.cohortcoach.notificationservice.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentRedactionRulesTest {

    @Test
    void theSurveyAndCalendarLinkFieldsAreReplacedByWordsWhateverTheyHold() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Ada");
        fields.put("survey_link", "https://coach.example.nhs.uk/respond/abc.def-ghi");
        fields.put("calendar_link", "anything at all");

        assertThat(ContentRedactionRules.redact(fields)).containsExactly(Map.entry("name", "Ada"),
                Map.entry("survey_link", "[personal survey link removed]"),
                Map.entry("calendar_link", "[personal calendar link removed]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://coach.example.nhs.uk/respond/eyJpbnYiOiJ4In0.sig", "http://localhost:8080/respond/tok?x=1",
            "/respond/tok"})
    void aSurveyLinkInsideAnyOtherFieldIsReplacedToo(String link) {
        assertThat(ContentRedactionRules.redact("reason", "Answer at " + link + " by Friday"))
                .isEqualTo("Answer at [personal survey link removed] by Friday");
    }

    @Test
    void aCalendarLinkInsideAnyOtherFieldIsReplacedToo() {
        assertThat(ContentRedactionRules.redact("reason", "Add it: https://x.nhs.uk/api/notifications/calendar/YWJj.ZGVm.ics now"))
                .isEqualTo("Add it: [personal calendar link removed] now");
    }

    @Test
    void anOpenEventRegistrantsCancelAndFeedbackLinkFieldsAreReplacedByWordsWhateverTheyHold() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cancel_link", "https://coach.example.nhs.uk/events/registrations/abc.def");
        fields.put("feedback_link", "anything at all");
        fields.put("add_to_calendar_link", "https://coach.example.nhs.uk/api/open-events/oe-1/calendar.ics");

        assertThat(ContentRedactionRules.redact(fields)).containsExactly(
                Map.entry("cancel_link", "[personal cancellation link removed]"),
                Map.entry("feedback_link", "[personal feedback link removed]"),
                Map.entry("add_to_calendar_link", "https://coach.example.nhs.uk/api/open-events/oe-1/calendar.ics"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://coach.example.nhs.uk/events/registrations/Zm9v.YmFy", "http://localhost:8080/events/registrations/t?x=1",
        "/events/registrations/t"})
    void aCancelLinkInsideAnyOtherFieldIsReplacedToo(String link) {
        assertThat(ContentRedactionRules.redact("reason", "Cancel at " + link + " if you cannot come"))
                .isEqualTo("Cancel at [personal cancellation link removed] if you cannot come");
    }

    @Test
    void aFeedbackLinkInsideAnyOtherFieldIsReplacedButAnEventsPublicPageIsNot() {
        assertThat(ContentRedactionRules.redact("reason", "Tell us: https://x.nhs.uk/events/feedback/YWJj.ZGVm thanks"))
                .isEqualTo("Tell us: [personal feedback link removed] thanks");
        assertThat(ContentRedactionRules.redact("reason", "See https://x.nhs.uk/events/open-event-1 for the programme"))
                .isEqualTo("See https://x.nhs.uk/events/open-event-1 for the programme");
    }

    @Test
    void everythingElseIsShownAsItIsEvenWithDollarsAndBackslashes() {
        assertThat(ContentRedactionRules.redact("title", "Budget $1 \\ review of /respond-times/ and the calendar"))
                .isEqualTo("Budget $1 \\ review of /respond-times/ and the calendar");
        assertThat(ContentRedactionRules.redact("title", null)).isNull();
    }
}
