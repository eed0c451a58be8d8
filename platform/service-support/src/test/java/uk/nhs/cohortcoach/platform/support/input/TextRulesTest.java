package uk.nhs.cohortcoach.platform.support.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    private static final long SEED = 20261125L;

    @Test
    void acceptsOrdinaryNamesInAnyScriptWithAccentsAndEmoji() {
        for (String name : new String[] {"Aisha Khan", "Siân O'Neill-Ørsted", "محمد علي", "李小龍", "Zoë 🚑 team", "RHQ"}) {
            assertThat(TextRules.problemWith(name, false)).as(name).isEmpty();
        }
    }

    @Test
    void refusesEveryControlCharacterInOneLineAndAllButTabAndLineBreaksInFreeText() {
        for (char c = 0; c < 0x20; c++) {
            String text = "a" + c + "b";
            assertThat(TextRules.problemWith(text, false)).as("U+%04X in a line", (int) c).isPresent();
            boolean whitespace = c == '\t' || c == '\n' || c == '\r';
            assertThat(TextRules.problemWith(text, true).isEmpty()).as("U+%04X in free text", (int) c).isEqualTo(whitespace);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            assertThat(TextRules.problemWith("a" + c, true)).as("U+%04X", (int) c).isPresent();
        }
    }

    @Test
    void refusesDirectionOverridesIsolatesAndMarksWherever() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
            '\u200E', '\u200F', '\u061C'}) {
            assertThat(TextRules.problemWith("invoice" + c + "fdp.exe", true)).as("U+%04X", (int) c)
                    .hasValueSatisfying(message -> assertThat(message).contains("direction"));
        }
    }

    @Test
    void refusesLoneSurrogatesAndNonCharactersButNotPairs() {
        assertThat(TextRules.problemWith("a\uD800b", false)).isPresent();
        assertThat(TextRules.problemWith("a\uDC00", false)).isPresent();
        assertThat(TextRules.problemWith("\uFFFE", false)).isPresent();
        assertThat(TextRules.problemWith("\uD83F\uDFFF", false)).as("U+1FFFF").isPresent();
        assertThat(TextRules.problemWith("\uD83D\uDE91", false)).as("an ambulance").isEmpty();
    }

    @Test
    void boundsTheLengthOfALineAndOfFreeText() {
        assertThat(TextRules.problemWith("x".repeat(TextRules.LINE_MAX_LENGTH), false)).isEmpty();
        assertThat(TextRules.problemWith("x".repeat(TextRules.LINE_MAX_LENGTH + 1), false))
                .hasValue("must be at most 2,000 characters (it has 2,001)");
        assertThat(TextRules.problemWith("x".repeat(TextRules.FREE_TEXT_MAX_LENGTH), true)).isEmpty();
        assertThat(TextRules.problemWith("x".repeat(TextRules.FREE_TEXT_MAX_LENGTH + 1), true)).isPresent();
    }

    @Test
    void generatedTextIsRefusedExactlyWhenItHoldsACharacterTheRulesForbid() {
        Random random = new Random(SEED);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            boolean forbidden = false;
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                char c = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x3000));
                text.append(c);
                forbidden |= Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
                        || TextRules.isDirectionControl(c) || Character.isSurrogate(c);
            }
            assertThat(TextRules.problemWith(text, true).isPresent()).as("seed %d run %d: %s", SEED, run, text.codePoints()
                    .mapToObj(Integer::toHexString).toList()).isEqualTo(forbidden);
        }
    }
}
