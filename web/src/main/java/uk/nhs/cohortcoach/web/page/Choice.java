package uk.nhs.cohortcoach.web.page;

/** One option of radios, checkboxes or a select: the value posted, its label, an optional hint. */
public record Choice(String value, String label, String hint) {

    public static Choice of(String value, String label) {
        return new Choice(value, label, null);
    }
}
