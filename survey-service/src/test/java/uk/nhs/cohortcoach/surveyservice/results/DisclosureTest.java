package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.surveyservice.results.Disclosure.Cell;
import uk.nhs.cohortcoach.surveyservice.results.Disclosure.Decision;
import uk.nhs.cohortcoach.surveyservice.results.Disclosure.Reason;

class DisclosureTest {

    private static final long NO_BOUND = -1;

    @Test
    void theIssuesCohortOfFourFiveAndSixHidesTheFiveTooSoTheTotalMinusTheSixIsNotTheFour() {
        Decision decision = Disclosure.decide(15, List.of(List.of(cell("a", 4), cell("b", 5), cell("c", 6))));

        assertThat(decision.of("a")).contains(Reason.FEWER_THAN_5);
        assertThat(decision.of("b")).contains(Reason.PROTECTS_ANOTHER);
        assertThat(decision.of("c")).isEmpty();
        assertThat(decision.total()).as("15 − 6 = 9 is two hidden groups, 4 and 5, in some split").isNull();
    }

    @Test
    void everythingIsShownWhenEveryGroupHasFiveOrMore() {
        Decision decision = Disclosure.decide(18, List.of(List.of(cell("a", 5), cell("b", 6), cell("c", 7))));

        assertThat(decision.hidden()).isEmpty();
        assertThat(decision.total()).isNull();
    }

    @Test
    void twoHiddenGroupsThatCanOnlyBeFourEachAreProtectedByHidingTheSmallestShownOne() {
        // 4 + 4 + 10 + 12: shown 10 and 12 of 30 leave 8 for two groups of at most 4: both would be 4
        Decision decision = Disclosure.decide(30, List.of(List.of(cell("a", 4), cell("b", 4), cell("c", 10), cell("d", 12))));

        assertThat(decision.of("a")).contains(Reason.FEWER_THAN_5);
        assertThat(decision.of("b")).contains(Reason.FEWER_THAN_5);
        assertThat(decision.of("c")).contains(Reason.PROTECTS_ANOTHER);
        assertThat(decision.of("d")).isEmpty();
    }

    @Test
    void theSmallestShownGroupIsHiddenFirstAndTiesGoByKey() {
        Decision decision = Disclosure.decide(21, List.of(List.of(cell("a", 2), cell("c", 7), cell("b", 7), cell("d", 5))));

        assertThat(decision.of("d")).contains(Reason.PROTECTS_ANOTHER);
        assertThat(decision.of("b")).isEmpty();
        assertThat(decision.of("c")).isEmpty();
    }

    @Test
    void whenEveryCollaborativeIsHiddenTheTotalSaysSoWhateverItsSize() {
        Decision small = Disclosure.decide(3, List.of(List.of(cell("a", 1), cell("b", 2))));
        Decision pinned = Disclosure.decide(8, List.of(List.of(cell("a", 4), cell("b", 4))));

        assertThat(small.total()).isEqualTo(Reason.EVERY_GROUP_HIDDEN);
        assertThat(pinned.total()).as("8 shown would make both 4").isEqualTo(Reason.EVERY_GROUP_HIDDEN);
        assertThat(Reason.EVERY_GROUP_HIDDEN.note()).isEqualTo("hidden because every group it adds up is hidden");
    }

    @Test
    void aSmallTotalOfTwoHiddenGroupsThatCannotBeSplitExactlyIsShown() {
        // 3 + 4 = 7: each is 3 or 4, neither known
        Decision decision = Disclosure.decide(7, List.of(List.of(cell("a", 3), cell("b", 4))));

        assertThat(decision.total()).isNull();
        assertThat(decision.hidden()).containsOnlyKeys("a", "b");
    }

    @Test
    void invitationsBoundAHiddenGroupSoTheyAreTakenIntoAccount() {
        // a had 1 invitation: a ≤ 1 and b ≤ 4 with a total of 5 would give a = 1, b = 4
        Decision decision = Disclosure.decide(5, List.of(List.of(new Cell("a", 1, 1), new Cell("b", 4, 9))));

        assertThat(decision.total()).isEqualTo(Reason.EVERY_GROUP_HIDDEN);
    }

    @Test
    void theRoleBreakdownIsProtectedAgainstTheSameTotal() {
        List<Cell> collaboratives = List.of(cell("c1", 6), cell("c2", 7));
        List<Cell> roles = List.of(cell("chair", 3), cell("other", 10));

        Decision decision = Disclosure.decide(13, List.of(collaboratives, roles));

        assertThat(decision.of("c1")).isEmpty();
        assertThat(decision.of("c2")).isEmpty();
        assertThat(decision.of("chair")).contains(Reason.FEWER_THAN_5);
        assertThat(decision.of("other")).as("13 − 10 would be the chairs").contains(Reason.PROTECTS_ANOTHER);
    }

    @Test
    void aTotalHiddenForOneBreakdownIsNotLeftToBeAddedUpFromTheOther() {
        // roles 4 + 4 of 8: with 8 shown both would be 4, so the total goes; the single collaborative of 8 would give it back
        Decision decision = Disclosure.decide(8, List.of(List.of(cell("c1", 8)), List.of(cell("chair", 4), cell("other", 4))));

        assertThat(decision.total()).isNotNull();
        assertThat(decision.of("c1")).isEqualTo(Optional.of(Reason.PROTECTS_ANOTHER));
    }

    private static Cell cell(String key, long count) {
        return new Cell(key, count, NO_BOUND);
    }
}
