package uk.nhs.cohortcoach.surveyservice.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RoleCategoriesTest {

    @Test
    void aRoleSharedByFiveInviteesIsKept() {
        Map<String, Long> invitees = Map.of("EXECUTIVE_DIRECTOR", 5L, "IMPROVEMENT_LEAD", 7L);

        assertThat(RoleCategories.stored("EXECUTIVE_DIRECTOR", invitees)).isEqualTo("EXECUTIVE_DIRECTOR");
        assertThat(RoleCategories.stored("IMPROVEMENT_LEAD", invitees)).isEqualTo("IMPROVEMENT_LEAD");
    }

    @Test
    void aRoleFewerThanFiveShareIsStoredAsOther() {
        Map<String, Long> invitees = Map.of("CHIEF_EXECUTIVE", 1L, "CHAIR", 4L, "IMPROVEMENT_LEAD", 7L);

        assertThat(RoleCategories.stored("CHIEF_EXECUTIVE", invitees)).isEqualTo("OTHER");
        assertThat(RoleCategories.stored("CHAIR", invitees)).isEqualTo("OTHER");
        assertThat(RoleCategories.stored("IMPROVEMENT_LEAD", invitees)).isEqualTo("IMPROVEMENT_LEAD");
    }

    @Test
    void whenOtherWouldHoldFewerThanFiveTheSmallestKeptRoleJoinsIt() {
        Map<String, Long> invitees = Map.of("CHIEF_EXECUTIVE", 1L, "EXECUTIVE_DIRECTOR", 6L, "IMPROVEMENT_LEAD", 5L);

        assertThat(RoleCategories.kept(invitees)).containsExactly("EXECUTIVE_DIRECTOR");
        assertThat(RoleCategories.stored("CHIEF_EXECUTIVE", invitees)).isEqualTo("OTHER");
        assertThat(RoleCategories.stored("IMPROVEMENT_LEAD", invitees)).isEqualTo("OTHER");
    }

    @Test
    void aLoneChiefExecutiveBesideOneLargeGroupMakesEveryoneOther() {
        assertThat(RoleCategories.kept(Map.of("CHIEF_EXECUTIVE", 1L, "EXECUTIVE_DIRECTOR", 9L))).isEmpty();
    }

    @Test
    void theOtherRoleItselfIsNeverAGroupOfItsOwn() {
        assertThat(RoleCategories.kept(Map.of("OTHER", 6L, "CHAIR", 5L))).containsExactly("CHAIR");
    }

    @Test
    void everyStoredCategoryIsSharedByAtLeastFiveInviteesWhateverTheMix() {
        String[] roles = {"CHAIR", "CHIEF_EXECUTIVE", "NON_EXECUTIVE_DIRECTOR", "EXECUTIVE_DIRECTOR", "IMPROVEMENT_LEAD",
                "PUBLIC_HEALTH_LEAD", "OTHER"};
        Random random = new Random(5);
        for (int i = 0; i < 2000; i++) {
            Map<String, Long> invitees = new TreeMap<>();
            for (String role : roles) {
                if (random.nextInt(3) > 0) {
                    invitees.put(role, (long) 1 + random.nextInt(9));
                }
            }
            Map<String, Long> stored = new TreeMap<>();
            invitees.forEach((role, n) -> stored.merge(RoleCategories.stored(role, invitees), n, Long::sum));
            Set<String> kept = RoleCategories.kept(invitees);
            assertThat(stored.values()).as("%s stored as %s", invitees, stored).allMatch(n -> n >= RoleCategories.MINIMUM_GROUP
                    || stored.size() == 1);
            assertThat(kept).doesNotContain("OTHER");
        }
    }
}
