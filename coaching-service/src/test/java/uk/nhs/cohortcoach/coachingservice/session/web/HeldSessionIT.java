package uk.nhs.cohortcoach.coachingservice.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions;

/**
 * A session that took place and was logged is history: through the API it can be neither cancelled (no
 * "session cancelled" emails for a past meeting, no hours lost from the summary) nor moved, by its coach or a
 * programme manager, and a refusal changes nothing — the stored session, its version and its outbox stay
 * as they were, so no event can leave (events leave only through the session's own outbox).
 */
@PlatformIntegrationTest
class HeldSessionIT {

    private static final String MANAGER = Http.bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;

    @Test
    void aLoggedSessionCanBeNeitherCancelledNorMovedAndARefusalChangesNothing() {
        String coach = "coach-" + UUID.randomUUID();
        Instant started = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        SessionLog log = new SessionLog(List.of("p-1"), List.of(), "Agreed the equity focus.",
                Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(true, "Carers were not heard."), started, started);
        Session held = outbox.insert(TestData.session("cohort-1", "collab-" + UUID.randomUUID(), coach, started,
                Duration.ofMinutes(90), List.of("p-1"), SessionStatus.SCHEDULED, log));
        Document before = stored(held.id());
        Http http = new Http(port);
        String tomorrow = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).withHour(10).withMinute(0).withSecond(0)
                .withNano(0).toString();

        for (String token : List.of(MANAGER, Http.bearer(coach, Role.COACH))) {
            HttpResponse<String> cancel = http.post("/api/sessions/" + held.id() + "/cancel", token,
                    "{\"reason\":\"Created by mistake\",\"version\":" + held.version() + "}");
            ProblemAssertions.assertThatProblem(cancel).hasStatus(409).hasReason("session-held")
                    .hasDetailContaining("took place").hasDetailContaining("cannot be cancelled");

            HttpResponse<String> move = http.post("/api/sessions/" + held.id() + "/reschedule", token,
                    "{\"start\":\"" + tomorrow + "\",\"reason\":\"Moved by mistake\",\"version\":" + held.version() + "}");
            ProblemAssertions.assertThatProblem(move).hasStatus(409).hasReason("session-held")
                    .hasDetailContaining("cannot be moved");
        }

        assertThat(stored(held.id())).as("the stored session, its version and its (empty) outbox").isEqualTo(before);
    }

    private Document stored(String id) {
        return mongo.getCollection("sessions").find(new Document("_id", id)).first();
    }
}
