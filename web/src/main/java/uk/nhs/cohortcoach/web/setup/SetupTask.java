package uk.nhs.cohortcoach.web.setup;

import java.util.Locale;

/**
 * One task of a cohort's set-up.
 *
 * @param id     unique on the page (the task list's hint and status ids are made from it)
 * @param name   what to do, e.g. "Add the team for Joined Up Care Derbyshire"
 * @param hint   what is there or missing, in words (null: none)
 * @param status where it is
 * @param href   the page where it is done; null when it is not offered (cannot start yet, or the cohort is closed)
 */
public record SetupTask(String id, String name, String hint, Status status, String href) {

    /** The GOV.UK task list's statuses. */
    public enum Status {
        COMPLETED("Completed"), INCOMPLETE("Incomplete"), CANNOT_START_YET("Cannot start yet");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean offered() {
        return href != null;
    }

    /** "add the team for Joined Up Care Derbyshire": the name as the rest of a sentence. */
    public String nameInSentence() {
        return name.substring(0, 1).toLowerCase(Locale.UK) + name.substring(1);
    }

    SetupTask notOffered() {
        return new SetupTask(id, name, hint, status, null);
    }
}
