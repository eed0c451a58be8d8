package uk.nhs.cohortcoach.web.events;

import uk.nhs.cohortcoach.web.page.DateInput;

/** The reach page's period as typed ({@code from.day}, ..., {@code to.year}). Public: the template reads it. */
public record ReachPeriod(DateInput from, DateInput to) {

    public ReachPeriod {
        from = from == null ? DateInput.empty() : from;
        to = to == null ? DateInput.empty() : to;
    }
}
