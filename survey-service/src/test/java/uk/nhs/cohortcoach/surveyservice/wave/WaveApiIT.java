package uk.nhs.cohortcoach.surveyservice.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.cohort.CohortDeleted;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveClosed;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;
import uk.nhs.cohortcoach.surveyservice.CohortEvents;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.surveyservice.SurveyProperties;
import uk.nhs.cohortcoach.surveyservice.framework.DefaultFramework;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.readmodel.CohortView;
import uk.nhs.cohortcoach.surveyservice.readmodel.ParticipantView;

@PlatformIntegrationTest
class WaveApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Waves waves;

    @Autowired
    private SurveyProperties properties;

    private Http http;
    private KafkaTestConsumer survey;
    private final String cohort = "cohort-" + UUID.randomUUID();
    private final String collaborative = "collaborative-" + UUID.randomUUID();
    private final String coach = "coach-" + UUID.randomUUID();
    private final String frameworkId = "fw-" + UUID.randomUUID();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        http = new Http(port);
        survey = KafkaTestConsumer.onSharedBroker(Topics.SURVEY);
        mongo.insert(new Framework(Framework.idOf(frameworkId, 1), frameworkId, 1, "Test framework", DefaultFramework.components(),
                false, null));
        CohortEvents.cohortCreated(cohort, "ACTIVE");
    }

    @AfterEach
    void tearDown() {
        survey.close();
    }

    @Test
    void openingAWaveFreezesTheFrameworkAndInvitesEveryCurrentParticipant() {
        String ada = person();
        String grace = person();
        String elsewhere = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        CohortEvents.joined(grace, collaborative, cohort, "IMPROVEMENT_LEAD");
        CohortEvents.joined(elsewhere, "collaborative-" + UUID.randomUUID(), "cohort-" + UUID.randomUUID(), "BOARD_MEMBER");
        awaitTeams(ada, grace, elsewhere);

        HttpResponse<String> opened = open("baseline");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode wave = Http.json(opened);
        String waveId = wave.get("id").asString();
        assertThat(opened.headers().firstValue("Location")).hasValue("/api/waves/" + waveId);
        assertThat(wave.get("status").asString()).isEqualTo("OPEN");
        assertThat(wave.get("counts").get("invited").asLong()).isEqualTo(2);
        // issue 14: the submitted count (0) is a group under 5, so it is hidden like the results' cohort total
        assertThat(wave.get("counts").get("submitted").isNull()).isTrue();
        assertThat(wave.get("counts").get("suppressed").asBoolean()).isTrue();
        assertThat(mongo.findById(Framework.idOf(frameworkId, 1), Framework.class).frozen()).isTrue();

        List<Invitation> invitations = invitationsOf(waveId);
        assertThat(invitations).extracting(Invitation::personId).containsExactlyInAnyOrder(ada, grace);
        assertThat(invitations).filteredOn(i -> i.personId().equals(grace)).singleElement()
                .extracting(Invitation::leadershipRole).isEqualTo("IMPROVEMENT_LEAD");
        for (Invitation invitation : invitations) {
            assertThat(invitation.tokenHash()).isEqualTo(InvitationTokens.hash(InvitationTokens.token(
                    properties.linkSecret().getBytes(StandardCharsets.UTF_8), invitation.id())));
        }

        WaveOpened waveOpened = (WaveOpened) events(waveId, "WaveOpened", 1).get(0);
        assertThat(waveOpened.cohortId()).isEqualTo(cohort);
        assertThat(waveOpened.frameworkId()).isEqualTo(frameworkId);
        assertThat(waveOpened.frameworkVersion()).isEqualTo(1);
        assertThat(events(waveId, "InvitationIssued", 2)).map(e -> ((InvitationIssued) e).personId())
                .containsExactlyInAnyOrder(ada, grace);
        closedAsMarker(waveId);
        List<ConsumerRecord<String, String>> records = survey.receivedSoFar(r -> waveId.equals(r.key()));
        for (Invitation invitation : invitations) {
            String token = InvitationTokens.token(properties.linkSecretBytes(), invitation.id());
            assertThat(records).noneMatch(r -> r.value().contains(token));
        }
    }

    @Test
    void theWaveIsOpenedOnItsTopicBeforeAnyOfItsInvitationsIsIssued() {
        String ada = person();
        String grace = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        CohortEvents.joined(grace, collaborative, cohort, "BOARD_MEMBER");
        awaitTeams(ada, grace);

        String waveId = Http.json(open("baseline")).get("id").asString();

        closedAsMarker(waveId); // the wave's events share its key, so the topic keeps the order they were published in
        assertThat(survey.receivedSoFar(r -> waveId.equals(r.key())).stream().map(r -> EventJson.read(r.value()).type()))
                .as("the wave (one collection) and its invitations (another) in the order they were written")
                .containsExactly("WaveOpened", "InvitationIssued", "InvitationIssued", "WaveClosed");
    }

    @Test
    void theJobInvitesAnyoneOfTheCohortWithoutAnInvitationAndNobodyTwice() {
        String ada = person();
        String grace = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        awaitTeams(ada);
        String waveId = Http.json(open("midpoint")).get("id").asString();
        // Grace is in the team, but her invitation was never issued (say the service died in between)
        mongo.insert(new ParticipantView(grace, List.of(new ParticipantView.Team(collaborative, cohort, "IMPROVEMENT_LEAD"))));

        waves.runDue(now, cohort);
        waves.runDue(now, cohort);

        assertThat(invitationsOf(waveId)).extracting(Invitation::personId).containsExactlyInAnyOrder(ada, grace);
        assertThat(events(waveId, "InvitationIssued", 2)).map(e -> ((InvitationIssued) e).personId())
                .containsExactlyInAnyOrder(ada, grace);
        closedAsMarker(waveId);
        assertThat(survey.receivedSoFar(r -> waveId.equals(r.key()) && r.value().contains("InvitationIssued")))
                .as("one invitation each, however often the job runs").hasSize(2);
    }

    @Test
    void someoneJoiningWhileAWaveIsOpenIsInvitedOnceAndSomeoneLeavingIsNotReminded() {
        String ada = person();
        String grace = person();
        String mary = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        CohortEvents.joined(grace, collaborative, cohort, "BOARD_MEMBER");
        awaitTeams(ada, grace);
        String waveId = Http.json(open("midpoint")).get("id").asString();

        ParticipantJoined joined = CohortEvents.joined(mary, collaborative, cohort, "SENIOR_LEADER");
        CohortEvents.publish(joined);
        CohortEvents.publish(joined);
        CohortEvents.left(grace, collaborative, cohort);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(invitationsOf(waveId)).extracting(Invitation::personId).containsExactlyInAnyOrder(ada, grace, mary);
            assertThat(invitationOf(waveId, grace).left()).isTrue();
        });
        assertThat(invitationOf(waveId, mary).leadershipRole()).isEqualTo("SENIOR_LEADER");
        assertThat(survey.collectFor(r -> waveId.equals(r.key()) && r.value().contains("\"InvitationIssued\"")
                && r.value().contains(mary), Duration.ofSeconds(3))).hasSize(1);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(invitationOf(waveId, ada).id())),
                new Update().set("status", InvitationStatus.SUBMITTED), Invitation.class);

        HttpResponse<String> reminded = http.send("POST", "/api/waves/" + waveId + "/reminders", MANAGER, null);

        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
        assertThat(Http.json(reminded).get("reminded").asInt()).isEqualTo(1);
        ReminderRequested reminder = (ReminderRequested) events(waveId, "ReminderRequested", 1).get(0);
        assertThat(reminder.reason()).isEqualTo("MANUAL");
        assertThat(reminder.invitationIds()).containsExactly(invitationOf(waveId, mary).id());
        JsonNode wave = Http.json(http.send("GET", "/api/waves/" + waveId, MANAGER, null));
        assertThat(wave.get("counts").get("invited").asLong()).isEqualTo(3);
        // issue 14: 1 submitted is under 5, so it is hidden; the invitation itself is SUBMITTED (the reminder skipped it)
        assertThat(wave.get("counts").get("submitted").isNull()).isTrue();
        assertThat(wave.get("counts").get("note").asString()).isEqualTo("hidden because every group it adds up is hidden");
    }

    @Test
    void theJobSendsEachDefaultReminderOnceAndThenClosesTheWaveOnTime() {
        String ada = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        awaitTeams(ada);
        JsonNode opened = Http.json(open("end"));
        String waveId = opened.get("id").asString();
        Instant closesAt = Instant.parse(opened.get("closesAt").asString());
        Instant first = closesAt.minus(Duration.ofDays(7));
        Instant second = closesAt.minus(Duration.ofDays(2));
        // a 14-day wave: by default 7 and 2 days before closing
        assertThat(opened.get("reminders")).extracting(r -> r.get("dueAt").asString() + " " + r.get("state").asString())
                .containsExactly(first + " DUE", second + " DUE");
        assertThat(Instant.parse(opened.get("nextReminderAt").asString())).isEqualTo(first);

        assertThat(waves.runDue(first.minusSeconds(1), cohort)).isZero();
        assertThat(waves.runDue(first, cohort)).isEqualTo(1);
        assertThat(waves.runDue(first.plus(Duration.ofDays(1)), cohort)).as("sent once, whatever runs again").isZero();
        assertThat(waves.runDue(second, cohort)).isEqualTo(1);
        assertThat(waves.runDue(second.plus(Duration.ofHours(1)), cohort)).isZero();
        List<DomainEvent> reminders = events(waveId, "ReminderRequested", 2);
        assertThat(reminders).allSatisfy(e -> {
            assertThat(((ReminderRequested) e).reason()).isEqualTo("AUTOMATIC");
            assertThat(((ReminderRequested) e).invitationIds()).containsExactly(invitationOf(waveId, ada).id());
        });

        assertThat(waves.runDue(closesAt.minusSeconds(1), cohort)).isZero();
        assertThat(waves.runDue(closesAt, cohort)).isEqualTo(1);
        WaveClosed closed = (WaveClosed) events(waveId, "WaveClosed", 1).get(0);
        assertThat(closed.closedBy()).isEqualTo("schedule");
        assertThat(closed.cohortId()).isEqualTo(cohort);
        JsonNode wave = Http.json(http.send("GET", "/api/waves/" + waveId, MANAGER, null));
        assertThat(wave.get("status").asString()).isEqualTo("CLOSED");
        assertThat(wave.get("closedBy").asString()).isEqualTo("schedule");
        assertThat(wave.get("reminders")).extracting(r -> r.get("state").asString()).containsExactly("SENT", "SENT");
        // the WaveClosed awaited above came after any further reminder on the wave's key
        assertThat(survey.receivedSoFar(r -> waveId.equals(r.key()) && r.value().contains("\"ReminderRequested\""))).hasSize(2);
    }

    @Test
    void chosenReminderDaysGoOnceEachAndThoseAlreadyPastWhenTheWaveOpensAreSkippedNotSent() {
        String ada = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        awaitTeams(ada);
        Instant opensAt = now.minus(Duration.ofDays(6));
        Instant closesAt = now.plus(Duration.ofDays(8));
        String body = "{\"cohortId\":\"" + cohort + "\",\"label\":\"midpoint\",\"frameworkId\":\"" + frameworkId
                + "\",\"frameworkNumber\":1,\"opensAt\":\"" + opensAt + "\",\"closesAt\":\"" + closesAt
                + "\",\"reminders\":{\"daysBeforeClose\":[1,10,5]}}";

        HttpResponse<String> created = http.send("POST", "/api/waves", MANAGER, body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String waveId = Http.json(created).get("id").asString();
        // 10 days before closing was 2 days ago, before the wave was created: skipped, never sent late
        assertThat(Http.json(created).get("reminders")).extracting(r -> r.get("dueAt").asString() + " " + r.get("state").asString())
                .containsExactly(closesAt.minus(Duration.ofDays(10)) + " SKIPPED", closesAt.minus(Duration.ofDays(5)) + " DUE",
                        closesAt.minus(Duration.ofDays(1)) + " DUE");
        assertThat(waves.runDue(now, cohort)).as("nothing due now").isZero();
        assertThat(waves.runDue(closesAt.minus(Duration.ofDays(5)), cohort)).isEqualTo(1);
        assertThat(waves.runDue(closesAt.minus(Duration.ofDays(1)), cohort)).isEqualTo(1);
        assertThat(waves.runDue(closesAt.minus(Duration.ofHours(1)), cohort)).isZero();

        closedAsMarker(waveId);
        assertThat(survey.receivedSoFar(r -> waveId.equals(r.key()) && r.value().contains("\"ReminderRequested\"")))
                .as("the two reminders still ahead at opening, once each").hasSize(2);
    }

    @Test
    void reminderDaysThatCannotBeKeptAreRefusedNamingTheFieldAndStoreNothing() {
        String tooMany = body("baseline").replace("}", ",\"reminders\":{\"daysBeforeClose\":[1,2,3,4,5,6]}}");
        String beforeOpening = body("baseline").replace("}", ",\"reminders\":{\"daysBeforeClose\":[3,20]}}");
        String twice = body("baseline").replace("}", ",\"reminders\":{\"daysBeforeClose\":[2,2]}}");

        assertThatProblem(http.send("POST", "/api/waves", MANAGER, tooMany)).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("reminders.daysBeforeClose");
        assertThatProblem(http.send("POST", "/api/waves", MANAGER, beforeOpening)).hasStatus(400)
                .hasFieldErrorsOnly("reminders.daysBeforeClose[1]").hasFieldError("reminders.daysBeforeClose[1]", "would be before the wave opens: choose fewer days");
        assertThatProblem(http.send("POST", "/api/waves", MANAGER, twice)).hasStatus(400)
                .hasFieldErrorsOnly("reminders.daysBeforeClose[1]");
        assertThat(mongo.count(Query.query(Criteria.where("cohortId").is(cohort)), Wave.class)).isZero();
        assertThat(mongo.findById(Framework.idOf(frameworkId, 1), Framework.class).frozen()).isFalse();
    }

    @Test
    void aWaveOpeningLaterIsScheduledAndInvitesNobodyUntilTheJobOpensItThenEveryoneInTheTeamsThen() {
        String ada = person();
        String mary = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        awaitTeams(ada);
        Instant opensAt = now.plus(Duration.ofDays(1));

        HttpResponse<String> created = http.send("POST", "/api/waves", MANAGER, body("baseline", opensAt, opensAt.plus(Duration.ofDays(14))));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode scheduled = Http.json(created);
        String waveId = scheduled.get("id").asString();
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("counts").get("invited").asLong()).isZero();
        assertThat(mongo.findById(Framework.idOf(frameworkId, 1), Framework.class).frozen()).as("its version is fixed now").isTrue();
        WaveScheduled announced = (WaveScheduled) events(waveId, "WaveScheduled", 1).get(0);
        assertThat(announced.cohortId()).as("told so that cohort-service counts it against deleting the cohort").isEqualTo(cohort);
        assertThat(announced.opensAt()).isEqualTo(opensAt);
        assertThat(announced.frameworkVersion()).isEqualTo(1);
        // Mary joins while the wave is only scheduled: nobody is invited yet, she is when it opens
        CohortEvents.joined(mary, collaborative, cohort, "IMPROVEMENT_LEAD");
        awaitTeams(mary);
        assertThat(waves.runDue(opensAt.minusSeconds(1), cohort)).isZero();
        assertThat(invitationsOf(waveId)).as("no link exists before the wave opens").isEmpty();
        assertThat(Http.json(http.send("GET", "/api/waves/" + waveId, MANAGER, null)).get("status").asString()).isEqualTo("SCHEDULED");

        assertThat(waves.runDue(opensAt, cohort)).isEqualTo(1);
        assertThat(waves.runDue(opensAt.plusSeconds(60), cohort)).as("opened once").isZero();

        assertThat(invitationsOf(waveId)).extracting(Invitation::personId).containsExactlyInAnyOrder(ada, mary);
        assertThat(Http.json(http.send("GET", "/api/waves/" + waveId, MANAGER, null)).get("status").asString()).isEqualTo("OPEN");
        assertThat(events(waveId, "InvitationIssued", 2)).map(e -> ((InvitationIssued) e).personId()).containsExactlyInAnyOrder(ada, mary);
        assertThat(((WaveOpened) events(waveId, "WaveOpened", 1).get(0)).occurredAt()).as("announced when it opened").isEqualTo(opensAt);
        closedAsMarker(waveId);
        assertThat(survey.receivedSoFar(r -> waveId.equals(r.key()) && r.value().contains("\"WaveOpened\""))).as("announced once")
                .hasSize(1);
    }

    @Test
    void aScheduledWaveIsCancelledNotClosedOrRemindedAndAnOpenOneIsClosedNotCancelled() {
        Instant opensAt = now.plus(Duration.ofDays(10));
        String scheduled = Http.json(http.send("POST", "/api/waves", MANAGER, body("end", opensAt, opensAt.plus(Duration.ofDays(7)))))
                .get("id").asString();
        String open = Http.json(open("baseline")).get("id").asString();

        assertThatProblem(http.send("POST", "/api/waves/" + scheduled + "/close", MANAGER, null)).hasStatus(409)
                .hasType(ProblemTypes.CONFLICT).hasReason("wave-not-open").hasDetailContaining("cancel it instead");
        assertThatProblem(http.send("POST", "/api/waves/" + scheduled + "/reminders", MANAGER, null)).hasStatus(409)
                .hasReason("wave-not-open");
        assertThatProblem(http.send("POST", "/api/waves/" + open + "/cancel", MANAGER, null)).hasStatus(409).hasReason("wave-open")
                .hasDetailContaining("close it instead");

        HttpResponse<String> cancelled = http.send("POST", "/api/waves/" + scheduled + "/cancel", MANAGER, null);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Http.json(cancelled).get("status").asString()).isEqualTo("CANCELLED");
        assertThatProblem(http.send("POST", "/api/waves/" + scheduled + "/cancel", MANAGER, null)).hasStatus(409)
                .hasReason("wave-cancelled");
        waves.runDue(opensAt, cohort); // its opening time: a cancelled wave does not open
        assertThat(mongo.findById(scheduled, Wave.class).status()).isEqualTo(WaveStatus.CANCELLED);
        assertThat(invitationsOf(scheduled)).isEmpty();
        assertThat(((WaveCancelled) events(scheduled, "WaveCancelled", 1).get(0)).reason()).isEqualTo(WaveCancelled.BY_MANAGER);
        assertThat(survey.collectFor(r -> scheduled.equals(r.key()), Duration.ofSeconds(2)))
                .as("scheduled and cancelled: never opened, nobody invited").map(r -> EventJson.read(r.value()).type())
                .containsExactly("WaveScheduled", "WaveCancelled");
        assertThatProblem(http.send("POST", "/api/waves/missing/cancel", MANAGER, null)).hasStatus(404);
    }

    @Test
    void aScheduledWaveWhoseCohortWasDeletedIsCancelledAtItsOpeningTimeInvitingNobody() {
        String ada = person();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(ada, collaborative, cohort, "BOARD_MEMBER");
        awaitTeams(ada);
        Instant opensAt = now.plus(Duration.ofDays(2));
        String waveId = Http.json(http.send("POST", "/api/waves", MANAGER, body("baseline", opensAt, opensAt.plus(Duration.ofDays(14)))))
                .get("id").asString();
        // deleted in some race with the wave (cohort-service refuses to delete a cohort it knows has a wave)
        CohortEvents.publish(new CohortDeleted(UUID.randomUUID(), now, cohort, "Phase 2"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(mongo.findById(cohort, CohortView.class)).isNull());

        assertThat(waves.runDue(opensAt, cohort)).isEqualTo(1);
        assertThat(waves.runDue(opensAt.plusSeconds(60), cohort)).as("cancelled once").isZero();

        Wave cancelled = mongo.findById(waveId, Wave.class);
        assertThat(cancelled.status()).isEqualTo(WaveStatus.CANCELLED);
        assertThat(cancelled.closedBy()).isEqualTo("schedule");
        assertThat(invitationsOf(waveId)).isEmpty();
        assertThat(((WaveCancelled) events(waveId, "WaveCancelled", 1).get(0)).reason()).isEqualTo(WaveCancelled.COHORT_GONE);
        assertThat(survey.collectFor(r -> waveId.equals(r.key()), Duration.ofSeconds(2))).as("never opened, nobody invited")
                .map(r -> EventJson.read(r.value()).type()).containsExactly("WaveScheduled", "WaveCancelled");
    }

    @Test
    void aProgrammeManagerClosesAWaveOnce() {
        String waveId = Http.json(open("baseline")).get("id").asString();

        HttpResponse<String> closed = http.send("POST", "/api/waves/" + waveId + "/close", MANAGER, null);

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(Http.json(closed).get("status").asString()).isEqualTo("CLOSED");
        assertThat(((WaveClosed) events(waveId, "WaveClosed", 1).get(0)).closedBy()).isEqualTo("manager");
        assertThatProblem(http.send("POST", "/api/waves/" + waveId + "/close", MANAGER, null)).hasStatus(409);
        assertThatProblem(http.send("POST", "/api/waves/" + waveId + "/reminders", MANAGER, null)).hasStatus(409);
        assertThatProblem(http.send("POST", "/api/waves/missing/close", MANAGER, null)).hasStatus(404);
    }

    @Test
    void coachesReadTheWavesOfCohortsTheyCoachAndNoOthers() {
        CohortEvents.enrolled(collaborative, cohort, coach);
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(collaborative)), "rm_collaboratives"));
        String waveId = Http.json(open("baseline")).get("id").asString();
        String theCoach = Http.bearer(coach, Role.COACH);
        String otherCoach = Http.bearer("coach-" + UUID.randomUUID(), Role.COACH);

        HttpResponse<String> list = http.send("GET", "/api/waves?cohortId=" + cohort, theCoach, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(Http.json(list).get("items")).extracting(n -> n.get("id").asString()).containsExactly(waveId);
        assertThat(http.send("GET", "/api/waves/" + waveId, theCoach, null).statusCode()).isEqualTo(200);
        assertThat(Http.json(http.send("GET", "/api/waves?cohortId=" + cohort, MANAGER, null)).get("totalItems").asLong())
                .isEqualTo(1);

        assertThatProblem(http.send("GET", "/api/waves?cohortId=" + cohort, otherCoach, null)).hasStatus(403);
        assertThatProblem(http.send("GET", "/api/waves/" + waveId, otherCoach, null)).hasStatus(403);
    }

    @Test
    void aWaveOfAFrameworkVersionNobodyKnowsIsNotFoundAndStoresNothing() {
        String noSuchVersion = body("baseline").replace("\"frameworkNumber\":1", "\"frameworkNumber\":7");
        assertThatProblem(http.send("POST", "/api/waves", MANAGER, noSuchVersion)).hasStatus(404);
        assertThat(mongo.count(Query.query(Criteria.where("cohortId").is(cohort)), Wave.class)).isZero();
    }

    @Test
    void aWaveForACohortNobodyKnowsIsRefusedNamingCohortIdAndStoresNothing() {
        String unknown = "cohort-" + UUID.randomUUID();

        HttpResponse<String> refused = http.send("POST", "/api/waves", MANAGER, body("baseline").replace(cohort, unknown));

        assertThatProblem(refused).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("cohortId").hasFieldError("cohortId", "Choose a cohort from the list");
        assertThat(mongo.count(Query.query(Criteria.where("cohortId").is(unknown)), Wave.class)).isZero();
        assertThat(mongo.findById(Framework.idOf(frameworkId, 1), Framework.class).frozen())
                .as("a refused wave freezes no framework").isFalse();
        assertThat(survey.collectFor(r -> r.value().contains(unknown), Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aWaveForAClosedCohortIsRefusedSayingTheCohortIsClosed() {
        String closed = "cohort-" + UUID.randomUUID();
        CohortEvents.cohortCreated(closed, "ACTIVE");
        CohortEvents.cohortUpdated(closed, "CLOSED");
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(closed).and("status").is("CLOSED")),
                "rm_cohorts"));

        HttpResponse<String> refused = http.send("POST", "/api/waves", MANAGER, body("baseline").replace(cohort, closed));

        assertThatProblem(refused).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("cohortId").hasFieldError("cohortId", "This cohort is closed. Waves can only be opened for a planned or active cohort");
        assertThat(mongo.count(Query.query(Criteria.where("cohortId").is(closed)), Wave.class)).isZero();
        assertThat(mongo.findById(Framework.idOf(frameworkId, 1), Framework.class).frozen()).isFalse();
    }

    @Test
    void aWaveForACohortCreatedAMomentAgoIsAccepted() {
        String fresh = "cohort-" + UUID.randomUUID();
        CohortEvents.cohortCreated(fresh, "PLANNED");

        HttpResponse<String> opened = http.send("POST", "/api/waves", MANAGER, body("baseline").replace(cohort, fresh));

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(Http.json(opened).get("cohortId").asString()).isEqualTo(fresh);
        assertThat(mongo.count(Query.query(Criteria.where("cohortId").is(fresh)), Wave.class)).isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> openingAWaveRefusesBadJson() {
        return JsonInputChecks.post(http().uri("/api/waves"), body("baseline"),
                () -> mongo.count(Query.query(Criteria.where("cohortId").is(cohort)), Wave.class))
                .header("Authorization", MANAGER).dynamicTests();
    }

    private Http http() {
        return http == null ? new Http(port) : http;
    }

    private HttpResponse<String> open(String label) {
        return http.send("POST", "/api/waves", MANAGER, body(label));
    }

    private String body(String label) {
        return body(label, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)));
    }

    private String body(String label, Instant opensAt, Instant closesAt) {
        return "{\"cohortId\":\"" + cohort + "\",\"label\":\"" + label + "\",\"frameworkId\":\"" + frameworkId
                + "\",\"frameworkNumber\":1,\"opensAt\":\"" + opensAt + "\",\"closesAt\":\"" + closesAt + "\"}";
    }

    /**
     * Closes the wave and waits for its WaveClosed: the outbox sends a wave's events in order on the wave's key, so
     * whatever the wave published before is then in {@link KafkaTestConsumer#receivedSoFar}.
     */
    private void closedAsMarker(String waveId) {
        assertThat(http.send("POST", "/api/waves/" + waveId + "/close", MANAGER, null).statusCode()).isEqualTo(200);
        events(waveId, "WaveClosed", 1);
    }

    private List<DomainEvent> events(String waveId, String type, int count) {
        return survey.await(r -> waveId.equals(r.key()) && type.equals(EventJson.read(r.value()).type()), count, WAIT).stream()
                .map(r -> EventJson.payload(EventJson.read(r.value())).orElseThrow()).toList();
    }

    private List<Invitation> invitationsOf(String waveId) {
        return mongo.find(Query.query(Criteria.where("waveId").is(waveId)), Invitation.class);
    }

    private Invitation invitationOf(String waveId, String personId) {
        return mongo.findOne(Query.query(Criteria.where("waveId").is(waveId).and("personId").is(personId)), Invitation.class);
    }

    private void awaitTeams(String... people) {
        await().atMost(WAIT).untilAsserted(() -> {
            for (String person : people) {
                ParticipantView view = mongo.findById(person, ParticipantView.class);
                assertThat(view).as(person).isNotNull();
                assertThat(view.teams()).isNotEmpty();
            }
        });
    }

    private static String person() {
        return "person-" + UUID.randomUUID();
    }
}
