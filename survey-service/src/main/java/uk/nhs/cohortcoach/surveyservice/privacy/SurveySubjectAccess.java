package uk.nhs.cohortcoach.surveyservice.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.readmodel.ParticipantView;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;

/** Gathers a person's invitations and teams (empty lists for what it holds none of). */
@Component
public class SurveySubjectAccess {

    static final String NOTE = "Survey answers are anonymous: once submitted they are stored without any link to the person, "
            + "so they cannot be found or exported for anyone.";

    private final MongoTemplate mongo;
    private final Clock clock;

    SurveySubjectAccess(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    SurveyExport export(String personId) {
        List<Invitation> invitations = mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("issuedAt")),
                Invitation.class);
        Map<String, Wave> waves = mongo.find(Query.query(Criteria.where("_id").in(invitations.stream().map(Invitation::waveId)
                .distinct().toList())), Wave.class).stream().collect(Collectors.toMap(Wave::id, Function.identity()));
        ParticipantView view = mongo.findById(personId, ParticipantView.class);
        return new SurveyExport("survey-service", personId, clock.instant(),
                invitations.stream().map(i -> new SurveyExport.InvitationData(i.id(), i.waveId(),
                        waves.containsKey(i.waveId()) ? waves.get(i.waveId()).label() : null, i.collaborativeId(),
                        i.leadershipRole(), i.status() == null ? null : i.status().name(), i.issuedAt(),
                        !i.draftAnswers().isEmpty() || !i.draftComments().isEmpty())).toList(),
                view == null ? List.of() : view.teams().stream()
                        .map(t -> new SurveyExport.TeamData(t.collaborativeId(), t.cohortId(), t.leadershipRole())).toList(),
                NOTE);
    }
}
