package uk.nhs.cohortcoach.coachingservice.privacy;

import uk.nhs.cohortcoach.coachingservice.logdraft.LogDraft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.calendar.CalendarFeed;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;

/** Gathers what coaching-service holds about one person (empty lists for what it holds none of). */
@Component
public class CoachingSubjectAccess {

    private final MongoTemplate mongo;
    private final ReadModel readModel;
    private final Clock clock;

    CoachingSubjectAccess(MongoTemplate mongo, ReadModel readModel, Clock clock) {
        this.mongo = mongo;
        this.readModel = readModel;
        this.clock = clock;
    }

    CoachingExport export(String personId) {
        PersonView person = readModel.person(personId).orElse(null);
        Sort byStart = Sort.by("startsAt");
        List<Session> coached = mongo.find(Query.query(Criteria.where("coachId").is(personId)).with(byStart), Session.class);
        List<Session> invited = mongo.find(Query.query(Criteria.where("inviteeIds").is(personId)).with(byStart), Session.class);
        List<CoachingExport.LogMention> mentions = new ArrayList<>();
        Criteria mentioned = Criteria.where("log.attendeeIds").is(personId);
        if (person != null && person.name() != null && !person.name().isBlank()) {
            java.util.regex.Pattern name = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(person.name().trim()),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            mentioned = new Criteria().orOperator(mentioned, Criteria.where("log.guests").regex(name),
                    Criteria.where("log.notes").regex(name));
        }
        for (Session session : mongo.find(Query.query(mentioned).with(byStart), Session.class)) {
            mentions.add(mention(session, personId, person));
        }
        List<CoachingExport.ActionData> actions = mongo.find(Query.query(Criteria.where("ownerId").is(personId))
                .with(Sort.by("dueDate")), Action.class).stream()
                .map(a -> new CoachingExport.ActionData(a.id(), a.sessionId(), a.description(), a.ownerName(), a.dueDate(),
                        a.status() == null ? null : a.status().name(), a.completedOn())).toList();
        List<CoachingExport.FeedData> feeds = mongo.find(Query.query(Criteria.where("ownerId").is(personId)), CalendarFeed.class)
                .stream().map(f -> new CoachingExport.FeedData(f.id(), f.kind() == null ? null : f.kind().name(), f.createdAt(),
                        f.revokedAt())).toList();
        List<CoachingExport.LogDraftData> drafts = mongo.find(Query.query(Criteria.where("coachId").is(personId)), LogDraft.class)
                .stream().map(d -> new CoachingExport.LogDraftData(d.id(), d.savedAt(), d.expiresAt(), d.content())).toList();
        return new CoachingExport("coaching-service", personId, clock.instant(),
                person == null ? null : new CoachingExport.PersonData(person.name(), person.email(), person.roles(),
                        person.currentCollaborativeIds()),
                coached.stream().map(s -> session(s, null)).toList(),
                invited.stream().map(s -> session(s, s.log() == null ? null : s.log().attendeeIds().contains(personId))).toList(),
                mentions, actions, feeds, drafts);
    }

    private static CoachingExport.SessionData session(Session s, Boolean attended) {
        return new CoachingExport.SessionData(s.id(), s.collaborativeId(), s.title(), s.startsAt(), s.endsAt(),
                s.status() == null ? null : s.status().name(), attended);
    }

    private static CoachingExport.LogMention mention(Session session, String personId, PersonView person) {
        SessionLog log = session.log();
        String name = person == null || person.name() == null ? null : person.name().trim().toLowerCase(Locale.ROOT);
        boolean guest = name != null && log.guests().stream().anyMatch(g -> g.toLowerCase(Locale.ROOT).contains(name));
        boolean inNotes = name != null && log.notes() != null && log.notes().toLowerCase(Locale.ROOT).contains(name);
        return new CoachingExport.LogMention(session.id(), log.loggedAt(), log.attendeeIds().contains(personId), guest, inNotes,
                inNotes ? log.notes() : null);
    }
}
