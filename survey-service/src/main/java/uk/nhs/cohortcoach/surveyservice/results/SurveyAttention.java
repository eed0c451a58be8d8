package uk.nhs.cohortcoach.surveyservice.results;

/** Something about a collaborative's survey that needs attention: the reason as a stable code and in words. */
public record SurveyAttention(Reason reason, String words) {

    /** See {@link SurveyAttentionRules}. */
    public enum Reason {
        /** an open wave's response rate is under 50% with three days or fewer to close */
        RESPONSE_RATE_LOW,
        /** an open wave has fewer than 5 responses with three days or fewer to close, so its results will be hidden */
        TOO_FEW_RESPONSES
    }
}
