package uk.nhs.cohortcoach.surveyservice.results;

/**
 * A wave's counts as the wave list and the wave page show them: invited (not personal) and submitted,
 * which is left out ({@code suppressed}, with the reason in {@code note}) when showing it would let a
 * hidden group's count be worked out.
 */
public record WaveCounts(long invited, Long submitted, boolean suppressed, String reason, String note) {
}
