package uk.nhs.cohortcoach.surveyservice.results;

/**
 * A wave's counts as the wave list and the wave page show them: invited (not personal) and submitted,
 * which is left out ({@code suppressed}, with the {@code reason} and its {@code note}) whenever the
 * cohort's total is hidden in the wave's results (see {@link Disclosure}).
 */
public record WaveCounts(long invited, Long submitted, boolean suppressed, Disclosure.Reason reason, String note) {
}
