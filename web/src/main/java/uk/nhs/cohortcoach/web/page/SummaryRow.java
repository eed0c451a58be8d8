package uk.nhs.cohortcoach.web.page;

/**
 * One row of a GOV.UK summary list; {@code actionHref} (optional) is a "Change" style link whose text
 * is {@code actionText} followed by the visually hidden {@code key} for screen readers.
 */
public record SummaryRow(String key, String value, String actionHref, String actionText) {

    public static SummaryRow of(String key, String value) {
        return new SummaryRow(key, value, null, null);
    }
}
