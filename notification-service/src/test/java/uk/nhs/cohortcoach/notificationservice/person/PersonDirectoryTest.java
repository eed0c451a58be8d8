package uk.nhs.cohortcoach.notificationservice.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search text becomes a pattern that matches only itself (MongoDB's PCRE and Java agree on escaped punctuation). */
class PersonDirectoryTest {

    @ParameterizedTest
    @ValueSource(strings = {".*", "^a$", "[", "(?i)x", "a|b", "\\", "\\Q.*\\E", "$where", "{\"$ne\":null}", "Zoë O'Brien-Smith",
            "sam+test@example.nhs.uk", "🙂 x", "a\nb"})
    void aSearchTextIsAPatternOfItselfAndOfNothingLooser(String text) {
        Pattern pattern = Pattern.compile(PersonDirectory.literal(text));

        assertThat(pattern.matcher("before " + text + " after").find()).isTrue();
        assertThat(pattern.matcher("something else entirely").find()).isFalse();
    }
}
