package uk.nhs.cohortcoach.hubservice.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English analysis: the forms of a word meet, stop words and case do not count. */
class TermAnalyzerTest {

    @Test
    void theFormsOfAWordBecomeOneTerm() {
        assertThat(TermAnalyzer.terms("equitable")).isEqualTo(TermAnalyzer.terms("equity"))
                .isEqualTo(TermAnalyzer.terms("equities")).isEqualTo(TermAnalyzer.terms("Equitably"));
        assertThat(TermAnalyzer.terms("Inequalities")).isEqualTo(TermAnalyzer.terms("inequality"));
        assertThat(TermAnalyzer.terms("boards")).isEqualTo(TermAnalyzer.terms("Board's"));
    }

    @Test
    void stopWordsAndCaseAreLeftOut() {
        assertThat(TermAnalyzer.terms("The questions for THE board")).containsExactly("question", "board");
        assertThat(TermAnalyzer.terms("the and of")).isEmpty();
        assertThat(TermAnalyzer.terms(null)).isEmpty();
    }

    @Test
    void overlongTermsAreLeftOut() {
        assertThat(TermAnalyzer.terms("x".repeat(TermAnalyzer.MAX_TERM_LENGTH + 1) + " hypertension")).containsExactly("hypertens");
    }
}
