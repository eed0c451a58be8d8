package uk.nhs.cohortcoach.coachingservice.insight;

import java.util.List;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * What a cohort's logged sessions of a period covered.
 *
 * @param sessionsLogged logged sessions in the period
 * @param collaboratives how many collaboratives those sessions were with
 * @param byComponent    logged sessions per maturity component, every component listed in the framework's order
 * @param equityPauses   logged sessions that held an equity pause, and that did not
 * @param surfaced       what the equity pauses held surfaced, word for word, in the order the sessions started
 */
public record CohortInsights(int sessionsLogged, int collaboratives, List<ComponentCount> byComponent, EquityPauses equityPauses,
        List<String> surfaced) {

    public CohortInsights {
        byComponent = List.copyOf(byComponent);
        surfaced = List.copyOf(surfaced);
    }

    /** Logged sessions that had the component among their themes. */
    public record ComponentCount(MaturityComponent component, int sessions) {
    }

    /** Logged sessions that held an equity pause, and that did not (a log without an answer counts as not held). */
    public record EquityPauses(int held, int notHeld) {
    }
}
