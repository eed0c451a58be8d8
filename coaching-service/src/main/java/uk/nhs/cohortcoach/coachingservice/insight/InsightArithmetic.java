package uk.nhs.cohortcoach.coachingservice.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * The insights of a set of sessions: only logged sessions count (a session delivered: not cancelled, not marked as
 * did not happen, not deleted, with a log). Whether a session belongs to the cohort and the period is the caller's.
 */
final class InsightArithmetic {

    private InsightArithmetic() {
    }

    static CohortInsights of(List<Session> sessions) {
        List<Session> logged = sessions.stream().filter(Session::delivered)
                .sorted(Comparator.comparing(Session::startsAt).thenComparing(Session::id)).toList();
        Map<MaturityComponent, Integer> counts = new EnumMap<>(MaturityComponent.class);
        Set<String> collaboratives = new HashSet<>();
        int held = 0;
        List<String> surfaced = new ArrayList<>();
        for (Session session : logged) {
            if (session.collaborativeId() != null) {
                collaboratives.add(session.collaborativeId());
            }
            session.log().themes().forEach(theme -> counts.merge(theme, 1, Integer::sum));
            EquityPause pause = session.log().equityPause();
            if (pause != null && pause.held()) {
                held++;
                if (pause.surfaced() != null && !pause.surfaced().isBlank()) {
                    surfaced.add(pause.surfaced());
                }
            }
        }
        List<CohortInsights.ComponentCount> byComponent = new ArrayList<>();
        for (MaturityComponent component : MaturityComponent.values()) {
            byComponent.add(new CohortInsights.ComponentCount(component, counts.getOrDefault(component, 0)));
        }
        return new CohortInsights(logged.size(), collaboratives.size(), byComponent,
                new CohortInsights.EquityPauses(held, logged.size() - held), surfaced);
    }
}
