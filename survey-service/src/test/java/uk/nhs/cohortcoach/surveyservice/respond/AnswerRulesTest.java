package uk.nhs.cohortcoach.surveyservice.respond;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;

class AnswerRulesTest {

    private static final Framework FRAMEWORK = new Framework("f:v1", "f", 1, "Maturity", List.of(
            new Framework.Component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Shared purpose", List.of(
                    new Framework.Statement("sp-1", "We share a vision", true),
                    new Framework.Statement("sp-2", "Optional one", false)), true),
            new Framework.Component(MaturityComponent.EMBEDDING_EQUITY, "Equity", List.of(
                    new Framework.Statement("eq-1", "Equity is measured", true)), false)), true, 0L);

    @Test
    void aPartialDraftWithKnownStatementsAndStagesIsFine() {
        assertThat(AnswerRules.checkDraft(FRAMEWORK, Map.of("sp-1", "UNDERWAY"),
                Map.of("SHARED_PURPOSE_AND_VISION", "We are getting there"))).isEmpty();
    }

    @Test
    void unknownStatementsAndBadStagesAreRefusedFieldByField() {
        assertThat(AnswerRules.checkDraft(FRAMEWORK, Map.of("nope", "UNDERWAY", "sp-1", "PRETTY_GOOD"), Map.of()))
                .containsOnlyKeys("answers.nope", "answers.sp-1")
                .containsEntry("answers.sp-1", "Choose an answer from the scale: not yet started, just started, underway, substantial progress "
                        + "or fully embedded");
    }

    @Test
    void oddKeysAreNamedAsJsonPaths() {
        assertThat(AnswerRules.checkDraft(FRAMEWORK, Map.of("a b", "UNDERWAY"), Map.of())).containsOnlyKeys("answers[\"a b\"]");
    }

    @Test
    void commentsOnlyWhereAllowedAndNotTooLong() {
        assertThat(AnswerRules.checkDraft(FRAMEWORK, Map.of(), Map.of(
                "EMBEDDING_EQUITY", "not allowed here",
                "PEOPLE_AND_CULTURE", "not in this framework",
                "BOGUS", "unknown")))
                .containsOnlyKeys("comments.EMBEDDING_EQUITY", "comments.PEOPLE_AND_CULTURE", "comments.BOGUS");
        assertThat(AnswerRules.checkDraft(FRAMEWORK, Map.of(), Map.of("SHARED_PURPOSE_AND_VISION", "x".repeat(2001))))
                .containsOnlyKeys("comments.SHARED_PURPOSE_AND_VISION");
        assertThat(AnswerRules.checkDraft(FRAMEWORK, Map.of(), Map.of("SHARED_PURPOSE_AND_VISION", "x".repeat(2000))))
                .isEmpty();
    }

    @Test
    void submittingNeedsEveryRequiredStatement() {
        assertThat(AnswerRules.checkSubmission(FRAMEWORK, Map.of("sp-2", "JUST_STARTED"), Map.of()))
                .containsOnlyKeys("answers.sp-1", "answers.eq-1");
        assertThat(AnswerRules.checkSubmission(FRAMEWORK, Map.of("sp-1", "JUST_STARTED", "eq-1", "FULLY_EMBEDDED"), Map.of()))
                .isEmpty();
    }

    @Test
    void blankCommentsAreDropped() {
        assertThat(AnswerRules.withoutBlank(Map.of("A", "  ", "B", " kept "))).containsExactlyEntriesOf(Map.of("B", "kept"));
    }
}
