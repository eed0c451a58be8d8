package uk.nhs.cohortcoach.surveyservice.readmodel;

/**
 * What the rest of survey-service does when a person joins or leaves a team (invite them to an open
 * wave; stop reminding them). Called after the read model has been updated; must be idempotent,
 * since an event can be delivered again.
 */
public interface ParticipantChanges {

    void joined(String personId, ParticipantView.Team team);

    void left(String personId, String collaborativeId);
}
