package uk.nhs.cohortcoach.cohortservice.removal;

import java.util.ArrayList;
import java.util.List;

/**
 * What depends on a cohort or collaborative, counted: while anything does, it cannot be deleted.
 *
 * @param collaboratives collaboratives enrolled in the cohort
 * @param teamMembers    people who are or were in the collaborative's team (history would point at nothing)
 * @param sessions       coaching sessions that exist for it in coaching-service, cancelled ones included
 * @param waves          survey waves scheduled or opened for the cohort in survey-service (not those cancelled before opening)
 */
public record Dependents(long collaboratives, long teamMembers, long sessions, long waves) {

    public static Dependents none() {
        return new Dependents(0, 0, 0, 0);
    }

    public boolean any() {
        return collaboratives + teamMembers + sessions + waves > 0;
    }

    /** In words, for a person: "2 collaboratives, 1 survey wave, 4 coaching sessions"; empty when none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, collaboratives, "collaborative", "collaboratives");
        add(parts, teamMembers, "person in its team (now or before)", "people in its team (now or before)");
        add(parts, waves, "survey wave", "survey waves");
        add(parts, sessions, "coaching session", "coaching sessions");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
