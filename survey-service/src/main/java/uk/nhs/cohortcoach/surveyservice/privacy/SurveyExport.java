package uk.nhs.cohortcoach.surveyservice.privacy;

import java.time.Instant;
import java.util.List;

/**
 * What survey-service holds about one person: their invitations and the teams it knows them in.
 * Never answers: a submitted response is anonymous and is not linked to the invitation. An unsent
 * draft is only said to exist ({@code draftSaved}); its content is not shown to the manager who asks,
 * as the privacy notice promises.
 */
record SurveyExport(String service, String personId, Instant generatedAt, List<InvitationData> invitations,
        List<TeamData> teams, String note) {

    /** True when the service holds nothing at all about the person. */
    boolean empty() {
        return invitations.isEmpty() && teams.isEmpty();
    }

    record InvitationData(String invitationId, String waveId, String waveLabel, String collaborativeId, String leadershipRole,
            String status, Instant issuedAt, boolean draftSaved) {
    }

    record TeamData(String collaborativeId, String cohortId, String leadershipRole) {
    }
}
