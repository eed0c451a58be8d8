package uk.nhs.cohortcoach.coachingservice.summary;

/**
 * Something about a collaborative's coaching that needs a programme manager's (or its coach's) attention: the reason
 * as a stable code, in words, and the session it is about when there is one (an overdue log).
 */
public record Attention(Reason reason, String words, String sessionId) {

    /** Why a collaborative is flagged; see {@link AttentionRules}. */
    public enum Reason {
        /** none of the last three delivered sessions held an equity pause */
        NO_RECENT_EQUITY_PAUSE,
        /** a session took place, was not logged and its log has locked */
        LOG_OVERDUE,
        /** coaching hours delivered are more than 20% behind where the plan says they should be by now */
        HOURS_BEHIND_PLAN,
        /** open actions past their due date */
        ACTIONS_OVERDUE
    }
}
