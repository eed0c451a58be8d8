package uk.nhs.cohortcoach.notificationservice.survey;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.person.Memberships;
import uk.nhs.cohortcoach.notificationservice.trigger.EffectsApplier;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.InvitationLinkReissued;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.survey.ResponseSubmitted;
import uk.nhs.cohortcoach.platform.events.survey.SurveyEvent;
import uk.nhs.cohortcoach.platform.events.survey.WaveClosed;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;

/**
 * Keeps the wave and invitation views and applies {@link SurveyMessages}. Every view write is an
 * idempotent upsert. Survey events of a wave arrive in order; ParticipantLeft comes on another
 * topic, so either order is handled: leaving marks the person's known invitations for that team,
 * and an invitation issued after its person left (by the people read model) is recorded as left and
 * sends nothing.
 */
@Component
public class SurveyTriggers {

    private final MongoTemplate mongo;
    private final Memberships memberships;
    private final EffectsApplier applier;
    private final Clock clock;
    private final SurveyMessages rules;
    private final Messages messages;

    SurveyTriggers(MongoTemplate mongo, Memberships memberships, EffectsApplier applier, Clock clock, ReminderSettings settings,
            Messages messages) {
        this.messages = messages;
        this.mongo = mongo;
        this.memberships = memberships;
        this.applier = applier;
        this.clock = clock;
        this.rules = new SurveyMessages(settings.zone());
    }

    public void on(SurveyEvent event) {
        if (event instanceof WaveOpened e) {
            mongo.upsert(byId(e.waveId()), new Update().set("label", e.label()).set("closesAt", e.closesAt()), WaveView.class);
            // its invitations may have been read first: their emails waited for this, and go now
            messages.releaseWaiting(invitationIds(Criteria.where("waveId").is(e.waveId())), SurveyMessages.SURVEY,
                    SurveyWaves.WAITING);
        } else if (event instanceof InvitationIssued e) {
            issued(e);
        } else if (event instanceof InvitationLinkReissued e) {
            reissued(e);
        } else if (event instanceof ReminderRequested e) {
            List<InvitationView> known = mongo.find(Query.query(Criteria.where("_id").in(e.invitationIds())), InvitationView.class);
            applier.apply(rules.reminders(e, known, wave(e.waveId()), memberships::hasLeft, clock.instant()));
        } else if (event instanceof ResponseSubmitted e) {
            mongo.upsert(byId(e.invitationId()), new Update().set("submitted", true).setOnInsert("waveId", e.waveId())
                    .setOnInsert("collaborativeId", e.collaborativeId()).setOnInsert("left", false), InvitationView.class);
            applier.apply(SurveyMessages.withdrawAll(List.of(e.invitationId()), "survey answered"));
        } else if (event instanceof WaveClosed e) {
            applier.apply(SurveyMessages.withdrawAll(invitationIds(Criteria.where("waveId").is(e.waveId())), "wave closed"));
        }
    }

    /** The person left the team: their invitations for it are marked and their pending survey email withdrawn. */
    public void participantLeft(String personId, String collaborativeId) {
        Criteria theirs = Criteria.where("personId").is(personId).and("collaborativeId").is(collaborativeId);
        mongo.updateMulti(Query.query(theirs), new Update().set("left", true), InvitationView.class);
        applier.apply(SurveyMessages.withdrawAll(invitationIds(theirs), "left the collaborative"));
    }

    private void issued(InvitationIssued e) {
        boolean left = memberships.hasLeft(e.personId(), e.collaborativeId());
        Update update = new Update().set("waveId", e.waveId()).set("personId", e.personId())
                .set("collaborativeId", e.collaborativeId()).set("closesAt", e.closesAt())
                .setOnInsert("submitted", false);
        if (left) {
            update.set("left", true);
        } else {
            update.setOnInsert("left", false);
        }
        mongo.upsert(byId(e.invitationId()), update, InvitationView.class);
        applier.apply(rules.issued(e, wave(e.waveId()), left, clock.instant()));
    }

    /** The invitation moves to its new link (never back to an older one) and the email with it is owed once. */
    private void reissued(InvitationLinkReissued e) {
        mongo.upsert(byId(e.invitationId()), new Update().max("linkGeneration", e.linkGeneration()).setOnInsert("waveId", e.waveId())
                .setOnInsert("personId", e.personId()).setOnInsert("closesAt", e.closesAt()).setOnInsert("submitted", false)
                .setOnInsert("left", false), InvitationView.class);
        InvitationView invitation = mongo.findById(e.invitationId(), InvitationView.class);
        boolean left = invitation != null && invitation.collaborativeId() != null
                && memberships.hasLeft(e.personId(), invitation.collaborativeId());
        applier.apply(rules.reissued(e, invitation, wave(e.waveId()), left, clock.instant()));
    }

    private WaveView wave(String waveId) {
        return waveId == null ? null : mongo.findById(waveId, WaveView.class);
    }

    private List<String> invitationIds(Criteria which) {
        // whole documents: a projection would leave the record's booleans unset
        return mongo.find(Query.query(which), InvitationView.class).stream().map(InvitationView::invitationId).toList();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
