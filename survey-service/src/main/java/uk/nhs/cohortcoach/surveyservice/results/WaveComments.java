package uk.nhs.cohortcoach.surveyservice.results;

import java.util.List;

/**
 * The comments respondents wrote in one wave, for programme managers: per collaborative, only when its
 * figures are shown (5 or more responses and not hidden to protect another group), in random order,
 * with the component each was written under and nothing else (no role, no time, no response).
 */
public record WaveComments(String waveId, List<GroupComments> collaboratives) {

    /** One collaborative: its comments, or none with the reason they are not shown. */
    public record GroupComments(String collaborativeId, String name, boolean suppressed, Disclosure.Reason reason, String note,
            List<Comment> comments) {
    }

    /** A comment and the component it was written under. */
    public record Comment(String component, String text) {
    }
}
