package uk.nhs.cohortcoach.hubservice.resource;

/**
 * Who may read a published resource: {@code EVERYONE} (no sign-in), {@code MEMBERS} (anyone signed in) or
 * {@code COHORT} (programme managers, the cohort's coaches and the participants of its collaboratives).
 */
public enum Audience {
    EVERYONE("Everyone, without signing in"),
    MEMBERS("Members: anyone signed in"),
    COHORT("One cohort: its coaches and the participants of its collaboratives");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
