package uk.nhs.cohortcoach.coachingservice.sessionlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * The rules a session log obeys, free of Spring and storage: it is written once the session has
 * started, never for a cancelled session or one that did not happen, and only within {@link #EDIT_WINDOW} of the
 * start, or until a later {@link Session#logOpenUntil()} (reopened by a programme manager, or recorded late); those
 * who attended must have been invited; an action's owner, when given by id, is in the collaborative's
 * team or is the session's coach; a held equity pause says what it surfaced.
 */
public final class LogRules {

    /** How long after its start a session's log may be written or changed; after that it is locked. */
    public static final Duration EDIT_WINDOW = Duration.ofDays(14);

    private LogRules() {
    }

    public static boolean started(Session session, Instant now) {
        return !now.isBefore(session.startsAt());
    }

    /**
     * The instant the log locks: 14 days after the session's start, or the session's {@code logOpenUntil} when that is
     * later (a programme manager reopened it, or the session was recorded as held after the event).
     */
    public static Instant editableUntil(Session session) {
        Instant usual = session.startsAt().plus(EDIT_WINDOW);
        Instant open = session.logOpenUntil();
        return open != null && open.isAfter(usual) ? open : usual;
    }

    public static boolean locked(Session session, Instant now) {
        return !now.isBefore(editableUntil(session));
    }

    /** Refuses (409) to write the log of a cancelled session, one not yet started, or one past its window. */
    public static void requireWritable(Session session, Instant now) {
        if (session.cancelled()) {
            throw new ConflictException("The session was cancelled, so it has no log.");
        }
        if (session.notHeld()) {
            throw new ConflictException("The session was marked as did not happen, so it has no log.");
        }
        if (!started(session, now)) {
            throw new ConflictException("The session has not started yet; log it once it has.");
        }
        if (locked(session, now)) {
            throw new ConflictException("The log is locked: it could be written or changed until " + editableUntil(session)
                    + " (14 days after the session's start, or the end of a reopening). A programme manager can reopen it.",
                    "log-locked");
        }
    }

    /**
     * Refuses (409) to reopen a log that is not locked (the coach can still write it) or of a session not yet started;
     * the session's own life cycle refuses cancelled and not-held sessions.
     */
    public static void requireReopenable(Session session, Instant now) {
        if (!started(session, now)) {
            throw new ConflictException("The session has not started yet; its coach can log it once it has.", "log-not-locked");
        }
        if (!locked(session, now)) {
            throw new ConflictException("The log is not locked: its coach can still write or correct it until "
                    + editableUntil(session) + ".", "log-not-locked");
        }
    }

    /**
     * Field errors for attendees who were not invited or are listed twice, keyed {@code attendeeIds[i]}.
     */
    public static Map<String, String> attendeeProblems(List<String> attendeeIds, List<String> inviteeIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> invited = Set.copyOf(inviteeIds);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attendeeIds.size(); i++) {
            String attendee = attendeeIds.get(i);
            if (!invited.contains(attendee)) {
                errors.put("attendeeIds[" + i + "]", "This person was not invited to the session. Add people who were not invited as guests");
            } else if (!seen.add(attendee)) {
                errors.put("attendeeIds[" + i + "]", "This attendee is already listed");
            }
        }
        return errors;
    }

    /** Field errors for the equity pause: held needs what it surfaced; not held surfaces nothing. */
    public static Map<String, String> equityPauseProblems(boolean held, String surfaced) {
        boolean said = surfaced != null && !surfaced.isBlank();
        if (held && !said) {
            return Map.of("equityPause.surfaced", "Enter what the equity pause surfaced");
        }
        if (!held && said) {
            return Map.of("equityPause.surfaced", "Only say what an equity pause surfaced when one was held");
        }
        return Map.of();
    }

    /**
     * A field error for an action owner: one of ownerId or ownerName, not both or neither; an ownerId
     * must be one of {@code possibleOwners} (the session's coach and the current members of the
     * collaborative's team among the owners named).
     */
    public static Map<String, String> ownerProblems(int index, String ownerId, String ownerName,
            Collection<String> possibleOwners) {
        boolean hasId = ownerId != null && !ownerId.isBlank();
        boolean hasName = ownerName != null && !ownerName.isBlank();
        String prefix = "actions[" + index + "].";
        if (hasId && hasName) {
            return Map.of(prefix + "ownerName", "Choose someone in the team or enter the name of someone else, not both");
        }
        if (!hasId && !hasName) {
            return Map.of(prefix + "ownerId", "Choose who owns the action, or enter the name of someone outside the team");
        }
        if (hasId && !possibleOwners.contains(ownerId)) {
            return Map.of(prefix + "ownerId",
                    "The owner must be in this collaborative's team or be the session's coach. Enter the name of anyone else");
        }
        return Map.of();
    }

    /** Throws a 400 naming every field when there is any problem. */
    public static void check(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
