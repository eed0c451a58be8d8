package uk.nhs.cohortcoach.notificationservice.survey;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A survey invitation as InvitationIssued described it, and what became of it: answered
 * ({@code submitted}) or its person left the team ({@code left}). ReminderRequested names only
 * invitation ids; this says who they are. {@code linkGeneration}: which of its links works now (0 the first; raised by
 * InvitationLinkReissued, never lowered), so every survey email sent from then on carries that link.
 */
@Document("invitations")
@CompoundIndex(name = "wave", def = "{'waveId': 1}")
@CompoundIndex(name = "person_team", def = "{'personId': 1, 'collaborativeId': 1}")
record InvitationView(@Id String invitationId, String waveId, String personId, String collaborativeId, Instant closesAt,
        boolean submitted, boolean left, Integer linkGeneration) {

    @PersistenceCreator
    InvitationView {
        linkGeneration = linkGeneration == null ? 0 : linkGeneration;
    }

    /** An invitation still on its first link. */
    InvitationView(String invitationId, String waveId, String personId, String collaborativeId, Instant closesAt, boolean submitted,
            boolean left) {
        this(invitationId, waveId, personId, collaborativeId, closesAt, submitted, left, 0);
    }
}
