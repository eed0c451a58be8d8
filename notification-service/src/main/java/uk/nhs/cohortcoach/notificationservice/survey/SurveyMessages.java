package uk.nhs.cohortcoach.notificationservice.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.Withdrawal;
import uk.nhs.cohortcoach.notificationservice.trigger.Wording;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.InvitationLinkReissued;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;

/**
 * What survey events ask for, as plain rules. Messages are about the invitation (subject and
 * {@code invitationId}: the dispatcher adds the personal link when it sends); their source is the
 * event id. Personalisation: {@code wave_label} (once the wave is known), {@code closes_on} (the closing date in
 * Europe/London).
 */
final class SurveyMessages {

    static final Set<Purpose> SURVEY = Set.of(Purpose.SURVEY_INVITATION, Purpose.SURVEY_REMINDER);
    static final String DEFAULT_LABEL = "Maturity survey";

    private final ZoneId zone;

    SurveyMessages(ZoneId zone) {
        this.zone = zone;
    }

    /** The invitation email, unless its person has already left the team. */
    Effects issued(InvitationIssued e, WaveView wave, boolean personLeft, Instant now) {
        if (personLeft || e.personId() == null) {
            return Effects.NONE;
        }
        Instant closesAt = e.closesAt() != null ? e.closesAt() : wave == null ? null : wave.closesAt();
        String id = e.eventId().toString();
        return Effects.enqueue(List.of(new NewMessage(id, e.personId(), Purpose.SURVEY_INVITATION, e.invitationId(), id,
                "InvitationIssued", e.occurredAt(), now, fields(wave, closesAt), e.invitationId())));
    }

    /**
     * The invitation email again, with the fresh link (the dispatcher adds the link of the invitation's newest
     * generation), unless the invitation is answered or its person has left the team; once per event.
     */
    Effects reissued(InvitationLinkReissued e, InvitationView invitation, WaveView wave, boolean personLeft, Instant now) {
        if (personLeft || e.personId() == null || invitation != null && (invitation.submitted() || invitation.left())) {
            return Effects.NONE;
        }
        Instant closesAt = e.closesAt() != null ? e.closesAt() : wave == null ? null : wave.closesAt();
        String id = e.eventId().toString();
        return Effects.enqueue(List.of(new NewMessage(id, e.personId(), Purpose.SURVEY_INVITATION, e.invitationId(), id,
                "InvitationLinkReissued", e.occurredAt(), now, fields(wave, closesAt), e.invitationId())));
    }

    /**
     * A reminder for each known invitation not answered whose person is still in the team; nothing for
     * ids never issued, answered, or whose person left.
     *
     * @param hasLeft whether a person (first argument) has left a team (second), by the people read model
     */
    Effects reminders(ReminderRequested e, Collection<InvitationView> known, WaveView wave, BiPredicate<String, String> hasLeft,
            Instant now) {
        String id = e.eventId().toString();
        List<NewMessage> messages = new ArrayList<>();
        for (InvitationView invitation : known) {
            if (invitation.submitted() || invitation.left() || !e.invitationIds().contains(invitation.invitationId())
                    || hasLeft.test(invitation.personId(), invitation.collaborativeId())) {
                continue;
            }
            Instant closesAt = e.closesAt() != null ? e.closesAt() : invitation.closesAt();
            messages.add(new NewMessage(id, invitation.personId(), Purpose.SURVEY_REMINDER, invitation.invitationId(), id,
                    "ReminderRequested", e.occurredAt(), now, fields(wave, closesAt), invitation.invitationId()));
        }
        return Effects.enqueue(messages);
    }

    /** Withdraws the pending invitation and reminders of each invitation. */
    static Effects withdrawAll(Collection<String> invitationIds, String reason) {
        return new Effects(List.of(), invitationIds.stream().map(i -> Withdrawal.of(i, SURVEY, reason)).toList());
    }

    /**
     * The wave's label and closing date. Until WaveOpened has been read (events of the wave and of its
     * invitations may arrive in either order) there is no label: the dispatcher holds such a message until
     * the wave is known ({@link SurveyWaves}) rather than send a generic one.
     */
    private Map<String, String> fields(WaveView wave, Instant closesAt) {
        String closesOn = closesAt == null ? "" : Wording.date(closesAt, zone);
        return wave == null ? Map.of("closes_on", closesOn) : Map.of("wave_label", label(wave), "closes_on", closesOn);
    }

    static String label(WaveView wave) {
        return wave.label() == null || wave.label().isBlank() ? DEFAULT_LABEL : wave.label();
    }
}
