package uk.nhs.cohortcoach.coachingservice.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.coachingservice.CohortEvents;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

@PlatformIntegrationTest
class SessionApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MANAGER = "Bearer " + TestTokens.forRoles("manager-1", Role.PROGRAMME_MANAGER);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Autowired
    private MongoTemplate mongo;

    /** A cohort for 2026, a collaborative coached by one coach, two team members and an outsider, all fresh. */
    private record World(String cohortId, String collaborativeId, String coachId, String member1, String member2,
            String outsider, String coachToken) {
    }

    private World world() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String cohort = "cohort-" + suffix;
        String collaborative = "collab-" + suffix;
        String coach = "coach-" + suffix;
        mongo.insert(new CohortView(cohort, "Phase 2", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), "ACTIVE"));
        mongo.insert(new CollaborativeView(collaborative, cohort, "Joined Up Care Derbyshire", List.of(coach), 40));
        mongo.insert(new PersonView(coach, "Coach " + suffix, coach + "@example.nhs.uk", Set.of("COACH"), List.of()));
        mongo.insert(new PersonView("m1-" + suffix, "Member one", "m1@example.nhs.uk", Set.of("PARTICIPANT"), List.of(collaborative)));
        mongo.insert(new PersonView("m2-" + suffix, "Member two", "m2@example.nhs.uk", Set.of("PARTICIPANT"), List.of(collaborative)));
        mongo.insert(new PersonView("out-" + suffix, "Outsider", "o@example.nhs.uk", Set.of("PARTICIPANT"), List.of("elsewhere")));
        return new World(cohort, collaborative, coach, "m1-" + suffix, "m2-" + suffix, "out-" + suffix,
                "Bearer " + TestTokens.forRoles(coach, Role.COACH));
    }

    @Test
    void schedulesASessionAndPublishesSessionScheduledWithWhatNotificationsNeed() throws Exception {
        World w = world();

        HttpResponse<String> created = http.send("POST", "/api/sessions", MANAGER, session(w, "Board workshop", "2026-06-10T10:00", 90));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/sessions/" + id);
        assertThat(body.get("startsAt").asString()).isEqualTo("2026-06-10T09:00:00Z");
        assertThat(body.get("localStart").asString()).startsWith("2026-06-10T10:00");
        assertThat(body.get("sequence").asInt()).isZero();
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            EventEnvelope envelope = EventJson.read(topic.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertThat(envelope.type()).isEqualTo("SessionScheduled");
            SessionScheduled event = (SessionScheduled) EventJson.payload(envelope).orElseThrow();
            assertThat(event.inviteeIds()).containsExactly(w.member1(), w.member2());
            assertThat(event.coachId()).isEqualTo(w.coachId());
            assertThat(event.cohortId()).isEqualTo(w.cohortId());
            assertThat(event.startsAt()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
            assertThat(event.endsAt()).isEqualTo(Instant.parse("2026-06-10T10:30:00Z"));
            assertThat(event.timeZone()).isEqualTo("Europe/London");
            assertThat(event.title()).isEqualTo("Board workshop");
            assertThat(event.location()).isEqualTo("Chesterfield Royal Hospital");
            assertThat(event.videoLink()).isEqualTo("https://meet.example.nhs.uk/abc");
        }
        assertThat(http.send("GET", "/api/sessions/" + id, w.coachToken(), null).statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(http.send("GET", "/api/sessions?collaborativeId=" + w.collaborativeId()
                + "&from=2026-06-10&to=2026-06-10", MANAGER, null).body());
        assertThat(list.get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aClashIsRefusedNamingTheSession() throws Exception {
        World w = world();
        String first = create(w, "Team coaching one", "2026-05-05T10:00", 60);
        // the same coach with another collaborative, inside the 15-minute buffer
        World other = world();
        mongo.save(new CollaborativeView(other.collaborativeId(), other.cohortId(), "Acute Hospitals Alliance", List.of(w.coachId()), 40));
        String clashing = session(w, "Too close", "2026-05-05T11:10", 30).replace(w.collaborativeId(), other.collaborativeId())
                .replace("\"inviteeIds\":[\"" + w.member1() + "\",\"" + w.member2() + "\"]", "\"inviteeIds\":[]");

        HttpResponse<String> refused = http.send("POST", "/api/sessions", MANAGER, clashing);

        assertThatProblem(refused).hasStatus(409).hasType(ProblemTypes.CONFLICT).hasCorrelationId()
                .hasDetailContaining(first).hasDetailContaining("Team coaching one");
        JsonNode clash = JSON.readTree(refused.body()).get("clashes").get(0);
        assertThat(clash.get("sessionId").asString()).isEqualTo(first);
        assertThat(clash.get("reason").asString()).isEqualTo("COACH");
        // the collaborative clashes too, with another coach, but a cancelled session clashes with nothing
        assertThat(http.send("POST", "/api/sessions", MANAGER, session(w, "Overlap", "2026-05-05T10:30", 30)).statusCode()).isEqualTo(409);
        assertThat(http.send("POST", "/api/sessions/" + first + "/cancel", MANAGER, "{\"reason\":\"ill\",\"version\":0}").statusCode())
                .isEqualTo(200);
        assertThat(http.send("POST", "/api/sessions", MANAGER, session(w, "Overlap", "2026-05-05T10:30", 30)).statusCode()).isEqualTo(201);
    }

    @Test
    void twoRequestsRacingForTheSameSlotBookItOnce() throws Exception {
        World w = world();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = session(w, "Racing " + i, "2026-06-17T10:00", 60);
                attempts.add(pool.submit(() -> http.send("POST", "/api/sessions", MANAGER, body)));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HttpResponse<String>> attempt : attempts) {
                statuses.add(attempt.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            }
            assertThat(statuses).as("one booking, the others refused as clashes").containsOnlyOnce(201)
                    .containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("collaborativeId").is(w.collaborativeId())),
                uk.nhs.cohortcoach.coachingservice.session.Session.class)).isEqualTo(1);
    }

    @Test
    void aSeriesIsCreatedWholeAndKeepsTenOClockAcrossTheOctoberClockChange() throws Exception {
        World w = world();

        HttpResponse<String> created = http.send("POST", "/api/sessions/series", MANAGER,
                series(w, "Weekly coaching", "2026-10-18T10:00", "\"count\":3"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String seriesId = body.get("seriesId").asString();
        assertThat(body.get("sessions").valueStream().map(s -> s.get("startsAt").asString()).toList())
                .containsExactly("2026-10-18T09:00:00Z", "2026-10-25T10:00:00Z", "2026-11-01T10:00:00Z");
        assertThat(body.get("sessions").valueStream().map(s -> s.get("localStart").asString()).toList())
                .as("10:00 on the wall clock each week, with the offset of the day").containsExactly("2026-10-18T10:00:00+01:00",
                        "2026-10-25T10:00:00Z", "2026-11-01T10:00:00Z");
        assertThat(mongo.count(Query.query(Criteria.where("seriesId").is(seriesId)), Session.class)).isEqualTo(3);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            // one SessionScheduled per session (key: session id) and the series' own event (key: series id)
            List<ConsumerRecord<String, String>> records = topic.await(r -> r.value().contains(seriesId), 4, WAIT);
            assertThat(records).extracting(r -> EventJson.read(r.value()).type())
                    .containsExactlyInAnyOrder("SessionScheduled", "SessionScheduled", "SessionScheduled", "SeriesScheduled");
            ConsumerRecord<String, String> seriesRecord = records.stream()
                    .filter(r -> EventJson.read(r.value()).type().equals("SeriesScheduled")).findFirst().orElseThrow();
            SeriesScheduled series = (SeriesScheduled) EventJson.payload(EventJson.read(seriesRecord.value())).orElseThrow();
            assertThat(seriesRecord.key()).isEqualTo(seriesId);
            assertThat(series.occurrences()).extracting(o -> o.startsAt().toString())
                    .containsExactly("2026-10-18T09:00:00Z", "2026-10-25T10:00:00Z", "2026-11-01T10:00:00Z");
            assertThat(series.occurrences()).extracting(SeriesScheduled.Occurrence::sessionId).containsExactlyElementsOf(
                    body.get("sessions").valueStream().map(s -> s.get("id").asString()).toList());
        }
    }

    @Test
    void aSeriesThatClashesAnywhereIsRefusedWholeWithTheListOfClashes() throws Exception {
        World w = world();
        String existing = create(w, "Stakeholder day", "2026-03-31T10:30", 60);

        HttpResponse<String> refused = http.send("POST", "/api/sessions/series", MANAGER,
                series(w, "Monthly board", "2026-01-31T10:00", "\"frequency\":\"MONTHLY\",\"until\":\"2026-06-30\""));

        assertThatProblem(refused).hasStatus(409).hasType(ProblemTypes.CONFLICT).hasDetailContaining(existing);
        JsonNode clashes = JSON.readTree(refused.body()).get("clashes");
        assertThat(clashes.size()).isEqualTo(1);
        assertThat(clashes.get(0).get("proposedStartsAt").asString()).isEqualTo("2026-03-31T09:00:00Z");
        assertThat(mongo.count(Query.query(Criteria.where("title").is("Monthly board").and("collaborativeId")
                .is(w.collaborativeId())), Session.class)).isZero();
    }

    @Test
    void reschedulesOneSessionOrThisAndLaterOnes() throws Exception {
        World w = world();
        JsonNode sessions = JSON.readTree(http.send("POST", "/api/sessions/series", MANAGER,
                series(w, "Fortnightly coaching", "2026-03-17T10:00", "\"frequency\":\"FORTNIGHTLY\",\"count\":3")).body()).get("sessions");
        String first = sessions.get(0).get("id").asString();
        String second = sessions.get(1).get("id").asString();
        String third = sessions.get(2).get("id").asString();

        // the 2nd and 3rd move from Tuesday 10:00 to Wednesday 14:00 local, across the March clock change
        HttpResponse<String> moved = http.send("POST", "/api/sessions/" + second + "/reschedule", w.coachToken(),
                "{\"start\":\"2026-04-01T14:00\",\"reason\":\"Board meeting moved\",\"scope\":\"THIS_AND_LATER\",\"version\":0}");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(JSON.readTree(moved.body()).get("sessions").size()).isEqualTo(2);
        assertThat(mongo.findById(second, Session.class).startsAt()).isEqualTo(Instant.parse("2026-04-01T13:00:00Z"));
        assertThat(mongo.findById(third, Session.class).startsAt()).isEqualTo(Instant.parse("2026-04-15T13:00:00Z"));
        assertThat(mongo.findById(third, Session.class).sequence()).isEqualTo(1);
        assertThat(mongo.findById(first, Session.class).startsAt()).isEqualTo(Instant.parse("2026-03-17T10:00:00Z"));

        // just this one: the first, now an hour later (still GMT)
        assertThat(http.send("POST", "/api/sessions/" + first + "/reschedule", MANAGER,
                "{\"start\":\"2026-03-17T11:00\",\"durationMinutes\":45,\"reason\":\"Later\",\"version\":0}").statusCode()).isEqualTo(200);
        Session firstNow = mongo.findById(first, Session.class);
        assertThat(firstNow.startsAt()).isEqualTo(Instant.parse("2026-03-17T11:00:00Z"));
        assertThat(firstNow.endsAt()).isEqualTo(Instant.parse("2026-03-17T11:45:00Z"));
        assertThat(firstNow.sequence()).isEqualTo(1);
        assertThat(mongo.findById(second, Session.class).sequence()).isEqualTo(1);

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            SessionRescheduled event = (SessionRescheduled) EventJson.payload(EventJson.read(topic.await(r -> third.equals(r.key())
                    && EventJson.read(r.value()).type().equals("SessionRescheduled"), 1, WAIT).get(0).value())).orElseThrow();
            assertThat(event.sequence()).isEqualTo(1);
            assertThat(event.reason()).isEqualTo("Board meeting moved");
            assertThat(event.previousStartsAt()).isEqualTo(Instant.parse("2026-04-14T09:00:00Z"));
            assertThat(event.startsAt()).isEqualTo(Instant.parse("2026-04-15T13:00:00Z"));
            assertThat(event.inviteeIds()).containsExactly(w.member1(), w.member2());
            topic.await(r -> first.equals(r.key()) && EventJson.read(r.value()).type().equals("SessionRescheduled"), 1, WAIT);
            // each request also says, once, which sessions of the series it moved (key: the series id)
            String seriesId = mongo.findById(first, Session.class).seriesId();
            List<SeriesChanged> changes = topic.await(r -> seriesId.equals(r.key())
                    && EventJson.read(r.value()).type().equals("SeriesChanged"), 2, WAIT).stream()
                    .map(r -> (SeriesChanged) EventJson.payload(EventJson.read(r.value())).orElseThrow()).toList();
            assertThat(changes).extracting(SeriesChanged::change).containsOnly(SeriesChanged.RESCHEDULED);
            // the two requests' events leave from two sessions' outboxes, so they may arrive in either order
            assertThat(changes).extracting(SeriesChanged::reason).containsExactlyInAnyOrder("Board meeting moved", "Later");
            SeriesChanged thisAndLater = changes.stream().filter(c -> c.reason().equals("Board meeting moved")).findFirst().orElseThrow();
            SeriesChanged justThis = changes.stream().filter(c -> c.reason().equals("Later")).findFirst().orElseThrow();
            assertThat(thisAndLater.occurrences()).extracting(SeriesChanged.Occurrence::sessionId).containsExactly(second, third);
            assertThat(thisAndLater.occurrences()).extracting(o -> o.previousStartsAt().toString(), o -> o.startsAt().toString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-03-31T09:00:00Z", "2026-04-01T13:00:00Z"),
                            org.assertj.core.groups.Tuple.tuple("2026-04-14T09:00:00Z", "2026-04-15T13:00:00Z"));
            assertThat(justThis.occurrences()).extracting(SeriesChanged.Occurrence::sessionId).containsExactly(first);
        }
    }

    @Test
    void aRescheduleIsCheckedForClashesAgain() throws Exception {
        World w = world();
        String a = create(w, "Morning", "2026-07-01T09:00", 60);
        String b = create(w, "Afternoon", "2026-07-01T14:00", 60);

        HttpResponse<String> refused = http.send("POST", "/api/sessions/" + b + "/reschedule", MANAGER,
                "{\"start\":\"2026-07-01T09:30\",\"reason\":\"clash\",\"version\":0}");

        assertThatProblem(refused).hasStatus(409).hasType(ProblemTypes.CONFLICT).hasDetailContaining(a);
        assertThat(mongo.findById(b, Session.class).sequence()).isZero();
    }

    @Test
    void cancelsPublishingSessionCancelledAndACancelledSessionCannotBeRescheduled() throws Exception {
        World w = world();
        String id = create(w, "To cancel", "2026-08-03T10:00", 60);

        HttpResponse<String> cancelled = http.send("POST", "/api/sessions/" + id + "/cancel", w.coachToken(),
                "{\"reason\":\"Coach unwell\",\"scope\":\"THIS\",\"version\":0}");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        Session stored = mongo.findById(id, Session.class);
        assertThat(stored.cancelled()).isTrue();
        assertThat(stored.sequence()).isEqualTo(1);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            SessionCancelled event = (SessionCancelled) EventJson.payload(EventJson.read(topic.await(r -> id.equals(r.key())
                    && EventJson.read(r.value()).type().equals("SessionCancelled"), 1, WAIT).get(0).value())).orElseThrow();
            assertThat(event.reason()).isEqualTo("Coach unwell");
            assertThat(event.sequence()).isEqualTo(1);
            assertThat(event.inviteeIds()).containsExactly(w.member1(), w.member2());
            assertThat(event.timeZone()).isEqualTo("Europe/London");
        }
        assertThatProblem(http.send("POST", "/api/sessions/" + id + "/reschedule", MANAGER,
                "{\"start\":\"2026-08-04T10:00\",\"reason\":\"try again\",\"version\":1}")).hasStatus(409).hasType(ProblemTypes.CONFLICT);
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        World w = world();
        String id = create(w, "Contended", "2026-09-01T10:00", 60);
        assertThat(http.send("POST", "/api/sessions/" + id + "/reschedule", MANAGER,
                "{\"start\":\"2026-09-01T11:00\",\"reason\":\"first\",\"version\":0}").statusCode()).isEqualTo(200);

        assertThatProblem(http.send("POST", "/api/sessions/" + id + "/reschedule", MANAGER,
                "{\"start\":\"2026-09-01T12:00\",\"reason\":\"stale\",\"version\":0}")).hasStatus(409)
                .hasType(ProblemTypes.CONCURRENT_MODIFICATION);
        assertThatProblem(http.send("POST", "/api/sessions/" + id + "/cancel", MANAGER, "{\"reason\":\"stale\",\"version\":0}"))
                .hasStatus(409).hasType(ProblemTypes.CONCURRENT_MODIFICATION);
        assertThat(mongo.findById(id, Session.class).startsAt()).isEqualTo(Instant.parse("2026-09-01T10:00:00Z"));
    }

    @Test
    void enforcesWhoMaySeeAndChangeSessions() throws Exception {
        World w = world();
        World other = world();
        // a coach may schedule for themselves with a collaborative they coach
        assertThat(http.send("POST", "/api/sessions", w.coachToken(), session(w, "Own", "2026-04-20T10:00", 60)).statusCode()).isEqualTo(201);
        String id = create(w, "Managed", "2026-04-21T10:00", 60);
        // ...but not for another coach, nor with a collaborative they do not coach
        assertThatProblem(http.send("POST", "/api/sessions", other.coachToken(), session(w, "Not mine", "2026-04-22T10:00", 60)))
                .hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        String otherCoachHere = session(w, "Not my collaborative", "2026-04-22T10:00", 60).replace(w.coachId(), other.coachId());
        assertThatProblem(http.send("POST", "/api/sessions", other.coachToken(), otherCoachHere)).hasStatus(403);
        String participant = "Bearer " + TestTokens.forRoles(w.member1(), Role.PARTICIPANT);
        String outsider = "Bearer " + TestTokens.forRoles(w.outsider(), Role.PARTICIPANT);

        // reading: invited participant yes; outsider and another coach: not found
        assertThat(http.send("GET", "/api/sessions/" + id, participant, null).statusCode()).isEqualTo(200);
        assertThatProblem(http.send("GET", "/api/sessions/" + id, outsider, null)).hasStatus(404);
        assertThatProblem(http.send("GET", "/api/sessions/" + id, other.coachToken(), null)).hasStatus(404);
        assertThat(JSON.readTree(http.send("GET", "/api/sessions?size=100", other.coachToken(), null).body()).toString()).doesNotContain(id);
        assertThat(JSON.readTree(http.send("GET", "/api/sessions?collaborativeId=" + w.collaborativeId(), participant, null).body())
                .get("totalItems").asLong()).isEqualTo(2);

        // changing: only the session's coach or a programme manager
        assertThatProblem(http.send("POST", "/api/sessions/" + id + "/cancel", other.coachToken(),
                "{\"reason\":\"no\",\"version\":0}")).hasStatus(404);
        assertThat(mongo.findById(id, Session.class).sequence()).isZero();
    }

    @Test
    void inviteesMustBeInTheCollaborativesTeamAndTheSessionInsideTheCohortDates() throws Exception {
        World w = world();
        String withOutsider = session(w, "Outsider invited", "2026-06-01T10:00", 60)
                .replace("\"" + w.member2() + "\"", "\"" + w.outsider() + "\"");

        assertThatProblem(http.send("POST", "/api/sessions", MANAGER, withOutsider)).hasStatus(400).hasFieldErrorsOnly("inviteeIds[1]");
        assertThatProblem(http.send("POST", "/api/sessions", MANAGER, session(w, "Next year", "2027-01-04T10:00", 60)))
                .hasStatus(400).hasFieldError("start");
        assertThatProblem(http.send("POST", "/api/sessions", MANAGER, session(w, "Spring gap", "2026-03-29T01:30", 60)))
                .hasStatus(400).hasFieldError("start");
        assertThatProblem(http.send("POST", "/api/sessions", MANAGER, session(w, "Too long", "2026-06-01T10:00", 481)))
                .hasStatus(400).hasFieldError("durationMinutes");
        assertThat(mongo.count(Query.query(Criteria.where("collaborativeId").is(w.collaborativeId())), Session.class)).isZero();
    }

    @Test
    void aSessionOrSeriesForAnUnknownCollaborativeIsRefusedNamingCollaborativeIdAndStoresNothing() throws Exception {
        World w = world();
        String unknown = "collab-" + UUID.randomUUID();

        // each is refused only after the read model's lag-wait: sent together, the test waits it out once
        java.util.concurrent.CompletableFuture<HttpResponse<String>> sessionSent = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> http.send("POST", "/api/sessions", MANAGER,
                        session(w, "Nobody's session", "2026-06-02T10:00", 60).replace(w.collaborativeId(), unknown)),
                runnable -> new Thread(runnable, "nobodys-session").start());
        HttpResponse<String> series = http.send("POST", "/api/sessions/series", MANAGER,
                series(w, "Nobody's series", "2026-06-02T14:00", "\"count\":3").replace(w.collaborativeId(), unknown));
        HttpResponse<String> session = sessionSent.join();

        assertThatProblem(session).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("collaborativeId").hasFieldError("collaborativeId", "Choose a collaborative from the list");
        assertThatProblem(series).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("collaborativeId").hasFieldError("collaborativeId", "Choose a collaborative from the list");
        assertThat(mongo.count(Query.query(Criteria.where("collaborativeId").is(unknown)), Session.class)).isZero();
    }

    @Test
    void aCollaborativeCoachAndTeamPublishedAMomentBeforeTheRequestAreAccepted() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        World fresh = new World("cohort-" + suffix, "collab-" + suffix, "coach-" + suffix, "m1-" + suffix, "m2-" + suffix,
                "out-" + suffix, "Bearer " + TestTokens.forRoles("coach-" + suffix, Role.COACH));
        CohortEvents.cohortWithCollaborative(fresh.cohortId(), fresh.collaborativeId(), fresh.coachId());
        CohortEvents.registered(fresh.coachId(), "Coach " + suffix, "COACH");
        for (String member : List.of(fresh.member1(), fresh.member2())) {
            CohortEvents.registered(member, "Member " + member, "PARTICIPANT");
            CohortEvents.joined(member, fresh.collaborativeId(), fresh.cohortId());
        }

        HttpResponse<String> created = http.send("POST", "/api/sessions", fresh.coachToken(),
                session(fresh, "Straight after enrolment", "2026-06-03T10:00", 60));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("inviteeIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(fresh.member1(), fresh.member2());
    }

    private String create(World w, String title, String start, int minutes) throws Exception {
        HttpResponse<String> created = http.send("POST", "/api/sessions", MANAGER, session(w, title, start, minutes));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private static String session(World w, String title, String start, int minutes) {
        return "{\"collaborativeId\":\"" + w.collaborativeId() + "\",\"coachId\":\"" + w.coachId() + "\",\"type\":\"TEAM_COACHING\","
                + "\"title\":\"" + title + "\",\"start\":\"" + start + "\",\"durationMinutes\":" + minutes + ","
                + "\"location\":\"Chesterfield Royal Hospital\",\"videoLink\":\"https://meet.example.nhs.uk/abc\","
                + "\"inviteeIds\":[\"" + w.member1() + "\",\"" + w.member2() + "\"]}";
    }

    private static String series(World w, String title, String start, String repeat) {
        String body = session(w, title, start, 60);
        String frequency = repeat.contains("frequency") ? "" : "\"frequency\":\"WEEKLY\",";
        return body.substring(0, body.length() - 1) + "," + frequency + repeat + "}";
    }
}
