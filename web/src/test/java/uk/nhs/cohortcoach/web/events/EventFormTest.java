package uk.nhs.cohortcoach.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.OpenEvent;
import uk.nhs.cohortcoach.web.page.DateInput;

class EventFormTest {

    private static EventForm form(List<SpeakerRow> speakers) {
        return new EventForm("T", "S", "D", speakers, new DateInput("14", "1", "2027"), "9:05", "60", "40", "https://x.example", "");
    }

    /**
     * Seeded random patterns of filled and empty speaker rows: only filled rows are sent, in order, and an error on the
     * n-th speaker sent lands on the row the manager filled n-th.
     */
    @Test
    void anErrorOnASpeakerSentLandsOnTheRowItCameFrom() {
        Random random = new Random(42L);
        for (int i = 0; i < 2_000; i++) {
            int rows = 2 + random.nextInt(8);
            List<SpeakerRow> speakers = new ArrayList<>();
            List<Integer> filled = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                boolean blank = random.nextInt(3) == 0;
                speakers.add(blank ? new SpeakerRow(random.nextBoolean() ? "" : "  ", "") : new SpeakerRow("Name " + row, random.nextBoolean() ? "" : "Role " + row));
                if (!blank) {
                    filled.add(row);
                }
            }
            EventForm form = form(speakers);
            List<OpenEvent.Speaker> sent = form.toApi().speakers();
            assertThat(sent).extracting(OpenEvent.Speaker::name).containsExactlyElementsOf(filled.stream().map(row -> "Name " + row).toList());
            for (int n = 0; n < filled.size(); n++) {
                List<ApiProblem.FieldError> onForm = form.onForm(List.of(new ApiProblem.FieldError("speakers[" + n + "].name", "x")));
                assertThat(onForm.get(0).field()).isEqualTo("speakers-" + filled.get(n) + "-name");
            }
        }
    }

    @Test
    void theStartIsTheLondonWallClockTimeTypedAndEmptyFieldsAreNotSentAsText() {
        var api = form(List.of()).toApi();
        assertThat(api.start()).isEqualTo(LocalDateTime.of(2027, 1, 14, 9, 5));
        assertThat(api.durationMinutes()).isEqualTo(60);
        assertThat(api.capacity()).isEqualTo(40);
        assertThat(api.version()).isNull();
        assertThat(api.speakers()).isEmpty();

        var blank = new EventForm(" ", "", "", null, DateInput.empty(), "", "", "", "", "12").toApi();
        assertThat(blank.title()).isNull();
        assertThat(blank.start()).isNull();
        assertThat(blank.capacity()).isNull();
        assertThat(blank.version()).isEqualTo(12L);
    }

    @Test
    void theApisStartAndOtherFieldsMapToTheFormsFields() {
        EventForm form = form(List.of(SpeakerRow.empty(), new SpeakerRow("A", "B")));
        assertThat(form.onForm(List.of(new ApiProblem.FieldError("start", "x"), new ApiProblem.FieldError("joiningLink", "y"),
                new ApiProblem.FieldError("speakers", "z"), new ApiProblem.FieldError(null, "w"))))
                .extracting(ApiProblem.FieldError::field).containsExactly("date", "joiningLink", "speakers", null);
    }

    @Test
    void aNewFormHasTwoSpeakerRowsAndAddingOneKeepsWhatWasTyped() {
        assertThat(EventForm.empty().speakers()).hasSize(EventForm.FIRST_ROWS);
        EventForm more = form(List.of(new SpeakerRow("A", "B"), SpeakerRow.empty())).withAnotherSpeaker();
        assertThat(more.speakers()).hasSize(3).first().isEqualTo(new SpeakerRow("A", "B"));
        assertThat(more.title()).isEqualTo("T");
    }
}
