package uk.nhs.cohortcoach.coachingservice.privacy;

import uk.nhs.cohortcoach.coachingservice.logdraft.LogDraft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything coaching-service holds about one person. {@code person} is null when the read model does
 * not (or no longer) know them. Calendar feed tokens are never shown (only their hash is kept).
 */
record CoachingExport(String service, String personId, Instant generatedAt, PersonData person,
        List<SessionData> sessionsCoached, List<SessionData> sessionsInvited, List<LogMention> logMentions,
        List<ActionData> actionsOwned, List<FeedData> calendarFeeds, List<LogDraftData> logDrafts) {

    /** True when the service holds nothing at all about the person. */
    boolean empty() {
        return person == null && sessionsCoached.isEmpty() && sessionsInvited.isEmpty() && logMentions.isEmpty()
                && actionsOwned.isEmpty() && calendarFeeds.isEmpty()
                && logDrafts.isEmpty();
    }

    record PersonData(String name, String email, Set<String> roles, List<String> currentCollaborativeIds) {
    }

    record SessionData(String sessionId, String collaborativeId, String title, Instant startsAt, Instant endsAt,
            String status, Boolean attended) {
    }

    /** A session log that records the person: as an attendee, or their name among the guests or in the notes. */
    record LogMention(String sessionId, Instant loggedAt, boolean attendee, boolean namedAsGuest, boolean namedInNotes,
            String notes) {
    }

    record ActionData(String actionId, String sessionId, String description, String ownerName, LocalDate dueDate,
            String status, LocalDate completedOn) {
    }

    /** A draft of a session log the person (its coach) is writing, with everything typed so far. */
    record LogDraftData(String sessionId, Instant savedAt, Instant expiresAt, LogDraft.Content content) {
    }

    record FeedData(String feedId, String kind, Instant createdAt, Instant revokedAt) {
    }
}
