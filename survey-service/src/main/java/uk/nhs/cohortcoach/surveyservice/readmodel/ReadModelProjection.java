package uk.nhs.cohortcoach.surveyservice.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/**
 * Applies cohort-service's events to the read model, through the inbox (once per event id), as
 * idempotent writes: a collaborative is upserted whole; a join replaces the person's team for that
 * collaborative, a leave removes it. Then tells {@link ParticipantChanges}, which is idempotent too.
 */
@Component
public class ReadModelProjection {

    /** The inbox consumer name. */
    public static final String CONSUMER = "survey.read-model";

    private final MongoTemplate mongo;
    private final EventInbox inbox;
    private final ParticipantChanges changes;

    ReadModelProjection(MongoTemplate mongo, EventInbox inbox, ParticipantChanges changes) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.changes = changes;
    }

    /** Hands one record of the cohort topic to the inbox; true when it was handled (not skipped). */
    public boolean receive(String recordValue) {
        return inbox.receive(CONSUMER, recordValue, this::handle);
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (event instanceof CollaborativeEnrolled e) {
            collaborative(e.collaborativeId(), e.cohortId(), e.name(), e.coachIds());
        } else if (event instanceof CollaborativeUpdated e) {
            collaborative(e.collaborativeId(), e.cohortId(), e.name(), e.coachIds());
        } else if (event instanceof ParticipantJoined e) {
            ParticipantView.Team team = new ParticipantView.Team(e.collaborativeId(), e.cohortId(), e.leadershipRole());
            List<ParticipantView.Team> teams = new ArrayList<>(teamsOf(e.personId()));
            teams.removeIf(t -> t.collaborativeId().equals(e.collaborativeId()));
            teams.add(team);
            mongo.save(new ParticipantView(e.personId(), teams));
            changes.joined(e.personId(), team);
        } else if (event instanceof PersonErased e) {
            // after the person's ParticipantLeft events, in this consumer: their teams are gone from the view already
            mongo.remove(Query.query(Criteria.where("_id").is(e.personId())), ParticipantView.class);
        } else if (event instanceof ParticipantLeft e) {
            List<ParticipantView.Team> teams = new ArrayList<>(teamsOf(e.personId()));
            teams.removeIf(t -> t.collaborativeId().equals(e.collaborativeId()));
            mongo.save(new ParticipantView(e.personId(), teams));
            changes.left(e.personId(), e.collaborativeId());
        }
    }

    private List<ParticipantView.Team> teamsOf(String personId) {
        ParticipantView view = mongo.findById(personId, ParticipantView.class);
        return view == null ? List.of() : view.teams();
    }

    private void collaborative(String id, String cohortId, String name, List<String> coachIds) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().set("cohortId", cohortId).set("name", name).set("coachIds", coachIds), CollaborativeView.class);
    }
}
