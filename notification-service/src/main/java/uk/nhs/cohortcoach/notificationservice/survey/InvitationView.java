package uk.nhs.cohortcoach.notificationservice.survey;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A survey invitation as InvitationIssued described it, and what became of it: answered
 * ({@code submitted}) or its person left the team ({@code left}). ReminderRequested names only
 * invitation ids; this says who they are.
 */
@Document("invitations")
@CompoundIndex(name = "wave", def = "{'waveId': 1}")
@CompoundIndex(name = "person_team", def = "{'personId': 1, 'collaborativeId': 1}")
record InvitationView(@Id String invitationId, String waveId, String personId, String collaborativeId, Instant closesAt,
        boolean submitted, boolean left) {
}
