package uk.nhs.cohortcoach.web.api;

import java.util.ArrayList;
import java.util.List;

/** What depends on a cohort ({@code GET /api/cohorts/{id}/dependents}): whether it may be deleted, and if not, why. */
public record Dependents(boolean deletable, String detail, long collaboratives, long teamMembers, long sessions, long waves) {

    /** The dependents in words, for the confirmation page ("2 collaboratives", ...), only those there are. */
    public List<String> inWords() {
        List<String> words = new ArrayList<>();
        add(words, collaboratives, "collaborative", "collaboratives");
        add(words, teamMembers, "team member", "team members");
        add(words, sessions, "coaching session", "coaching sessions");
        add(words, waves, "survey wave", "survey waves");
        return words;
    }

    private static void add(List<String> words, long count, String one, String many) {
        if (count > 0) {
            words.add(count + " " + (count == 1 ? one : many));
        }
    }
}
