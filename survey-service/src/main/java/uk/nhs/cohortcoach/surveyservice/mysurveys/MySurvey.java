package uk.nhs.cohortcoach.surveyservice.mysurveys;

import java.time.Instant;

/**
 * One open wave the person is invited to, as they may see it: only what their own invitation says. Nothing of a
 * response: once submitted, the invitation keeps only that it was.
 *
 * @param progress           NOT_STARTED, STARTED (a draft is saved) or SUBMITTED
 * @param linkReissuableFrom when "Send me my link again" may be used next (null: now, or never once submitted)
 */
public record MySurvey(String waveId, String label, Instant closesAt, Progress progress, Instant linkReissuableFrom) {

    /** How far the person has got with their own invitation. */
    public enum Progress { NOT_STARTED, STARTED, SUBMITTED }
}
