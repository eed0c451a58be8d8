package uk.nhs.cohortcoach.surveyservice.respond;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.surveyservice.SurveyProperties;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitations;
import uk.nhs.cohortcoach.surveyservice.mysurveys.MySurveys;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * Plays the adversary of issue 14: many people of one collaborative submit, one after another at
 * distinct times; then someone reads every collection of the survey database and every record of the
 * survey topic and tries, by every means {@link LinkageAdversary} knows, to say whose each stored
 * response is. Over many trials its best strategy must do no better than guessing among the people
 * the stored role category leaves possible.
 *
 * <p>Each trial's collaborative has one chief executive, six executive directors and five improvement
 * leads, and all twelve submit in a random order; about half of them first ask for their link again ("send me my link
 * again", InvitationLinkReissued on the topic, the next link generation on their invitation) and answer from the new
 * link. Which response is whose is known to the test only by a one-off phrase in each comment, which the adversary never
 * reads.
 */
@PlatformIntegrationTest
class AnswerLinkageIT {

    private static final String PURPOSE = MaturityComponent.SHARED_PURPOSE_AND_VISION.name();
    private static final String[] STAGES = {"NOT_YET_STARTED", "JUST_STARTED", "UNDERWAY", "SUBSTANTIAL_PROGRESS", "FULLY_EMBEDDED"};
    private static final int TRIALS = 8;

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Invitations invitations;

    @Autowired
    private SurveyProperties properties;

    @Autowired
    private MySurveys mySurveys;

    private final Random random = new Random(14);

    /** One trial: a wave, a collaborative, and for each person the phrase in their comment. */
    private record Trial(String waveId, String collaborativeId, Map<String, String> personByPhrase) {
    }

    @Test
    void nobodyHoldingTheDatabaseAndTheTopicCanTellWhoGaveWhichResponse() throws Exception {
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.SURVEY)) {
            List<Trial> trials = new ArrayList<>();
            for (int t = 0; t < TRIALS; t++) {
                trials.add(runTrial());
            }
            topic.await(r -> r.value().contains("\"ResponseSubmitted\"")
                    && trials.stream().anyMatch(trial -> trial.waveId().equals(r.key())), TRIALS * 12, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> records = topic.collectFor(r -> true, Duration.ofSeconds(1));

            LinkageAdversary adversary = new LinkageAdversary(dumpDatabase(), records);
            Map<String, Integer> correct = new LinkedHashMap<>();
            double chance = 0;
            int responses = 0;
            for (Trial trial : trials) {
                List<LinkageAdversary.Found> found = adversary.responses(trial.waveId(), trial.collaborativeId());
                List<String> truth = found.stream().map(f -> truthOf(f, trial)).toList();
                assertThat(truth).as("every stored response is one the trial's people gave").doesNotContainNull();
                assertThat(truth).as("each person's response is stored exactly once").doesNotHaveDuplicates()
                        .hasSize(trial.personByPhrase().size());
                responses += found.size();
                chance += adversary.chance(trial.waveId(), trial.collaborativeId());
                adversary.guess(trial.waveId(), trial.collaborativeId()).forEach((strategy, guesses) -> {
                    int hits = 0;
                    for (int i = 0; i < guesses.size(); i++) {
                        if (truth.get(i).equals(guesses.get(i))) {
                            hits++;
                        }
                    }
                    correct.merge(strategy, hits, Integer::sum);
                });
            }

            // a random guess among the possible people; the fixed points of a random matching per group vary by about 1 each
            double allowed = chance + 4 * Math.sqrt(chance) + 2;
            System.out.printf("[linkage] %d responses in %d trials; a guess within the stored role category gets %.1f right; "
                    + "allowed at most %.1f%n", responses, TRIALS, chance, allowed);
            for (Map.Entry<String, Integer> strategy : correct.entrySet()) {
                System.out.printf("[linkage]   %-50s %3d of %d linked (%.0f%%)%n", strategy.getKey(), strategy.getValue(),
                        responses, 100.0 * strategy.getValue() / responses);
            }
            int best = correct.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            assertThat(best).as("responses the adversary's best strategy links to their person, of %d (chance %.1f): %s",
                    responses, chance, correct).isLessThanOrEqualTo((int) Math.floor(allowed));
            assertThat(chance / responses).as("share of responses a role category alone gives away").isLessThanOrEqualTo(0.2 + 1e-9);
        }
    }

    private Trial runTrial() throws Exception {
        String waveId = "wave-" + UUID.randomUUID();
        String collaborativeId = "collab-" + UUID.randomUUID();
        String frameworkId = "fw-" + UUID.randomUUID();
        mongo.insert(new Framework(Framework.idOf(frameworkId, 1), frameworkId, 1, "Improvement maturity", List.of(
                new Framework.Component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Shared purpose and vision", List.of(
                        new Framework.Statement("sp-1", "Our partners share one improvement vision", true),
                        new Framework.Statement("sp-2", "Our vision is known on the wards", false)), true),
                new Framework.Component(MaturityComponent.EMBEDDING_EQUITY, "Embedding equity", List.of(
                        new Framework.Statement("eq-1", "We measure who is left behind", true)), false)),
                true, null));
        Instant closesAt = Instant.now().plus(14, ChronoUnit.DAYS);
        mongo.insert(new Wave(waveId, "cohort-1", "baseline", frameworkId, 1, Instant.now().minus(1, ChronoUnit.DAYS),
                closesAt, WaveStatus.OPEN, null, null, null, null));

        List<String> roles = new ArrayList<>(List.of("CHIEF_EXECUTIVE"));
        roles.addAll(Collections.nCopies(6, "EXECUTIVE_DIRECTOR"));
        roles.addAll(Collections.nCopies(5, "IMPROVEMENT_LEAD"));
        Map<String, String> tokenByPerson = new LinkedHashMap<>();
        Map<String, String> invitationByPerson = new HashMap<>();
        for (String role : roles) {
            String personId = "person-" + UUID.randomUUID();
            assertThat(invitations.issue(waveId, closesAt, personId, collaborativeId, role)).isTrue();
            Document invitation = mongo.getCollection("invitations")
                    .find(new Document("waveId", waveId).append("personId", personId)).first();
            tokenByPerson.put(personId, InvitationTokens.token(properties.linkSecretBytes(), invitation.getString("_id")));
            invitationByPerson.put(personId, invitation.getString("_id"));
        }

        List<String> order = new ArrayList<>(tokenByPerson.keySet());
        Collections.shuffle(order, random);
        Map<String, String> personByPhrase = new HashMap<>();
        for (String personId : order) {
            String phrase = "phrase-" + UUID.randomUUID();
            personByPhrase.put(phrase, personId);
            String body = "{\"answers\":{\"sp-1\":\"" + STAGES[random.nextInt(5)] + "\",\"eq-1\":\"" + STAGES[random.nextInt(5)]
                    + "\"},\"comments\":{\"" + PURPOSE + "\":\"" + phrase + "\"}}";
            String token = tokenByPerson.get(personId);
            if (random.nextBoolean()) { // about half ask for their link again just before answering: the worst moment
                mySurveys.reissueLink(waveId, personId);
                token = InvitationTokens.token(properties.linkSecretBytes(), invitationByPerson.get(personId), 1);
            }
            HttpResponse<String> response = post("/api/respond/" + token + "/submit", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Thread.sleep(3); // distinct submission times
        }
        return new Trial(waveId, collaborativeId, personByPhrase);
    }

    private static String truthOf(LinkageAdversary.Found found, Trial trial) {
        Object comments = found.self().get("comments");
        if (comments instanceof Document document && document.get(PURPOSE) instanceof String phrase) {
            return trial.personByPhrase().get(phrase);
        }
        return null;
    }

    private Map<String, List<Document>> dumpDatabase() {
        Map<String, List<Document>> database = new LinkedHashMap<>();
        for (String name : mongo.getCollectionNames()) {
            database.put(name, mongo.getCollection(name).find().into(new ArrayList<>()));
        }
        return database;
    }

    private HttpResponse<String> post(String path, String body) {
        return new Http(port).post(path, null, body);
    }
}
