package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The programme's reach: registrations not cancelled and attendance, by organisation and sector; cancelled events left out. */
class ReachCalculatorTest {

    private static final Map<String, ReachCalculator.Organisation> ORGANISATIONS = Map.of(
            "RJ1", new ReachCalculator.Organisation("Guy's and St Thomas'", "ACUTE"),
            "RRK", new ReachCalculator.Organisation("Birmingham", "ACUTE"),
            "QWE", new ReachCalculator.Organisation("South West London ICB", "INTEGRATED_CARE_BOARD"));

    @Test
    void countsRegistrationsAndAttendanceByOrganisationAndSectorAcrossEvents() {
        OpenEvent first = OpenEventLifeCycleTest.scheduled(3);
        first = first.register("a", new Registrant("A", "a@x.org", "RJ1", "N"), "c", "f", OpenEventLifeCycleTest.NOW).event();
        first = first.register("b", new Registrant("B", "b@x.org", "RRK", "N"), "c", "f", OpenEventLifeCycleTest.NOW).event();
        first = first.register("c", new Registrant("C", "c@x.org", "QWE", "N"), "c", "f", OpenEventLifeCycleTest.NOW).event();
        first = first.register("d", new Registrant("D", "d@x.org", "ZZ9", "N"), "c", "f", OpenEventLifeCycleTest.NOW).event();
        first = first.cancelRegistration("d", OpenEventLifeCycleTest.NOW).event();
        first = first.recordAttendance(List.of("a", "c"), OpenEventLifeCycleTest.AFTER_START).event();
        OpenEvent second = OpenEventLifeCycleTest.scheduled(5);
        second = second.register("e", new Registrant("E", "e@x.org", "RJ1", "N"), "c", "f", OpenEventLifeCycleTest.NOW).event();
        OpenEvent cancelled = OpenEventLifeCycleTest.scheduled(5);
        cancelled = cancelled.register("f", new Registrant("F", "f@x.org", "RJ1", "N"), "c", "f", OpenEventLifeCycleTest.NOW).event()
                .cancel("off", OpenEventLifeCycleTest.NOW).event();

        ReachCalculator.ProgrammeReach reach = ReachCalculator.reach(List.of(first, second, cancelled), ORGANISATIONS);

        assertThat(reach.events()).isEqualTo(2);
        assertThat(reach.registrations()).isEqualTo(4);
        assertThat(reach.attended()).isEqualTo(2);
        assertThat(reach.organisations()).isEqualTo(3);
        assertThat(reach.byOrganisation()).containsExactly(
                new ReachCalculator.ReachByOrganisation("RJ1", "Guy's and St Thomas'", "ACUTE", 2, 1),
                new ReachCalculator.ReachByOrganisation("QWE", "South West London ICB", "INTEGRATED_CARE_BOARD", 1, 1),
                new ReachCalculator.ReachByOrganisation("RRK", "Birmingham", "ACUTE", 1, 0));
        assertThat(reach.bySector()).containsExactly(new ReachCalculator.ReachBySector("ACUTE", 3, 1, 2),
                new ReachCalculator.ReachBySector("INTEGRATED_CARE_BOARD", 1, 1, 1));
    }
}
