package uk.nhs.cohortcoach.cohortservice.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

class CollaborativeTest {

    @Test
    void core20NeedsTheImdEditionItsFigureUses() {
        CollaborativeDetails details = details(List.of(new MemberOrganisation("RHQ", "Sheffield")),
                new StrategicPriority("Elective waits", true, null, List.of(), Set.of()));

        assertThatThrownBy(() -> Collaborative.of("c1", "cohort", details, null))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("priority.imdEdition"));
    }

    @Test
    void withoutCore20NoImdEditionIsNeeded() {
        CollaborativeDetails details = details(List.of(),
                new StrategicPriority("Elective waits", false, null, List.of("Inclusion-health groups"),
                        Set.of(ClinicalArea.ADULT_HYPERTENSION)));

        Collaborative collaborative = Collaborative.of("c1", "cohort", details, null);

        assertThat(collaborative.priority().imdEdition()).isNull();
        assertThat(collaborative.nameKey()).isEqualTo("acute hospitals alliance");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        CollaborativeDetails details = details(
                List.of(new MemberOrganisation("RHQ", "a"), new MemberOrganisation("RCB", "b"), new MemberOrganisation("RHQ", "c")),
                new StrategicPriority("Elective waits", true, null, List.of(), Set.of()));

        assertThatThrownBy(() -> Collaborative.of("c1", "cohort", details, null))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("members[2].odsCode", "priority.imdEdition"));
    }

    private static CollaborativeDetails details(List<MemberOrganisation> members, StrategicPriority priority) {
        return new CollaborativeDetails(" Acute Hospitals Alliance ", Sector.ACUTE, "South Yorkshire", members, "A. Officer",
                priority, 40, List.of());
    }
}
