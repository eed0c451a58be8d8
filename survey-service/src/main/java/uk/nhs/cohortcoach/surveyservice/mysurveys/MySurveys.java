package uk.nhs.cohortcoach.surveyservice.mysurveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.surveyservice.SurveyProperties;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.invitation.LinkReissueRules;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;

/**
 * A person's own invitations to open waves, and sending their link again. Everything is looked up by the person in the
 * platform token: nobody can list or reissue someone else's invitation here (a programme manager included), and an
 * invitation that is not the caller's is "not found".
 */
@Service
public class MySurveys {

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final SurveyProperties properties;
    private final Clock clock;

    MySurveys(MongoTemplate mongo, Outbox outbox, SurveyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** The waves now taking answers that the person is invited to, closing soonest first. */
    public List<MySurvey> of(String personId) {
        Instant now = clock.instant();
        List<MySurvey> mine = new ArrayList<>();
        for (Invitation invitation : mongo.find(Query.query(Criteria.where("personId").is(personId)), Invitation.class)) {
            Wave wave = mongo.findById(invitation.waveId(), Wave.class);
            if (wave != null && wave.takesAnswersAt(now)) {
                mine.add(view(invitation, wave));
            }
        }
        mine.sort(Comparator.comparing(MySurvey::closesAt).thenComparing(MySurvey::label, Comparator.nullsLast(Comparator.naturalOrder())));
        return mine;
    }

    /**
     * Sends the person's link to the wave again: a fresh link (the next generation, only its hash stored), recorded with
     * InvitationLinkReissued for notification-service to email; the old link stops working at once and the draft stays.
     *
     * @throws NotFoundException                  when the person is not invited to that wave
     * @throws ConflictException                  when the wave is not taking answers or the person has submitted
     * @throws LinkReissueRules.TooSoonException  within a minute of the last time
     */
    public MySurvey reissueLink(String waveId, String personId) {
        Invitation invitation = mongo.findOne(Query.query(Criteria.where("waveId").is(waveId).and("personId").is(personId)),
                Invitation.class);
        Wave wave = invitation == null ? null : mongo.findById(waveId, Wave.class);
        if (wave == null) {
            throw new NotFoundException("survey invitation", waveId);
        }
        Instant now = clock.instant();
        if (!wave.takesAnswersAt(now)) {
            throw new ConflictException("This survey is not open, so its link cannot be sent again.", "not-open");
        }
        if (invitation.status() == InvitationStatus.SUBMITTED) {
            throw new ConflictException("You have already submitted this survey, so its link cannot be sent again.",
                    "already-submitted");
        }
        Invitation.Changed changed = invitation.reissueLink(
                generation -> InvitationTokens.hash(InvitationTokens.token(properties.linkSecretBytes(), invitation.id(), generation)),
                wave.closesAt(), now);
        Invitation saved = outbox.update(changed.invitation(), changed.events().toArray(DomainEvent[]::new));
        return view(saved, wave);
    }

    private static MySurvey view(Invitation invitation, Wave wave) {
        MySurvey.Progress progress = invitation.status() == InvitationStatus.SUBMITTED ? MySurvey.Progress.SUBMITTED
                : invitation.started() ? MySurvey.Progress.STARTED : MySurvey.Progress.NOT_STARTED;
        Instant reissuable = progress == MySurvey.Progress.SUBMITTED || invitation.linkReissuedAt() == null ? null
                : LinkReissueRules.allowedFrom(invitation.linkReissuedAt());
        return new MySurvey(wave.id(), wave.label(), wave.closesAt(), progress, reissuable);
    }
}
