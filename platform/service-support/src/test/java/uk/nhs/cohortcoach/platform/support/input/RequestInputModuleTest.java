package uk.nhs.cohortcoach.platform.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RequestInputModuleTest {

    record Note(String title, @FreeText String notes, List<String> tags, @FreeText Map<String, String> comments, LocalDate due,
            Instant at) {
    }

    private final JsonMapper mapper = JsonMapper.builder().addModule(new RequestInputModule()).build();

    @Test
    void readsOrdinaryValues() {
        Note note = mapper.readValue("""
                {"title":"Plan","notes":"line one\\nline two\\tend","tags":["a"],"comments":{"s1":"x\\ny"},
                 "due":"2027-03-29","at":"2027-03-29T10:00:00+01:00"}""", Note.class);
        assertThat(note.notes()).contains("\n");
        assertThat(note.at()).isEqualTo(Instant.parse("2027-03-29T09:00:00Z"));
    }

    @Test
    void refusesALineBreakInATitleButNotInFreeTextOrItsMapValues() {
        assertThat(refusal("{\"title\":\"a\\nb\"}")).isEqualTo("must be on one line, without line breaks or tabs");
        assertThat(refusal("{\"tags\":[\"a\\u202eb\"]}")).contains("direction");
        assertThat(mapper.readValue("{\"comments\":{\"k\":\"a\\nb\"}}", Note.class).comments()).containsEntry("k", "a\nb");
        assertThat(refusal("{\"comments\":{\"k\":\"a\\u0000b\"}}")).isEqualTo("must not contain control characters");
    }

    @Test
    void refusesDatesOutsideTheRangeAndDatesSentAsNumbers() {
        assertThat(refusal("{\"due\":\"+999999999-12-31\"}")).isEqualTo("must be a date between 2000-01-01 and 2100-12-31");
        assertThat(refusal("{\"due\":\"1999-12-31\"}")).isEqualTo("must be a date between 2000-01-01 and 2100-12-31");
        assertThat(refusal("{\"due\":20000}")).isEqualTo("must be a date written like 2027-03-29");
        assertThat(refusal("{\"at\":1700000000}")).contains("ISO 8601");
        assertThat(refusal("{\"at\":\"+275760-09-13T00:00:00Z\"}")).contains("between 2000-01-01 and 2100-12-31");
    }

    private String refusal(String json) {
        return catchThrowableOfType(InvalidFieldValueException.class, () -> mapper.readValue(json, Note.class)).fieldMessage();
    }
}
