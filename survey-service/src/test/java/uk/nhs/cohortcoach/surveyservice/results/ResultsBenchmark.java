package uk.nhs.cohortcoach.surveyservice.results;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.surveyservice.response.ResultCounts;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * Not a test: a {@code main} showing that reading a wave's results does not grow with the number of
 * responses, because results read the running counts (one document per wave and collaborative), never
 * the responses. Starts an in-memory Mongo wire server, seeds counts equivalent to 100 and then to
 * 100,000 responses over five collaboratives (built response by response, the way submissions build
 * them), and prints the median and p95 latency of {@link Results#forWave} for each. How to run: see
 * the survey-service README, section Results.
 */
public final class ResultsBenchmark {

    private static final int WARM_UP = 1_000;
    private static final int READS = 1_000;

    private ResultsBenchmark() {
    }

    public static void main(String[] args) {
        MongoServer server = new MongoServer(new MemoryBackend());
        String connection = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(connection)) {
            MongoTemplate mongo = new MongoTemplate(client, "survey-benchmark");
            Results results = new Results(mongo, new uk.nhs.cohortcoach.surveyservice.response.RunningCounts(mongo),
                    new uk.nhs.cohortcoach.surveyservice.response.StoredResponses(mongo),
                    new uk.nhs.cohortcoach.surveyservice.invitation.InvitationCounts(mongo));
            Viewer manager = new Viewer("benchmark", Set.of(Role.PROGRAMME_MANAGER));
            Framework framework = Fixtures.framework("maturity", 1, 6, 5);
            mongo.insert(framework);
            List<String> collaboratives = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                collaboratives.add("collab-" + c);
                mongo.insert(new CollaborativeView("collab-" + c, "cohort", "Collaborative " + c, List.of()));
            }
            for (int responses : new int[] {100, 100_000}) {
                String waveId = "wave-" + responses;
                mongo.insert(new Wave(waveId, "cohort", "baseline", "maturity", 1, java.time.Instant.EPOCH,
                        java.time.Instant.EPOCH.plusSeconds(86_400), WaveStatus.CLOSED, null, null, null, null));
                seed(mongo, framework, waveId, collaboratives, responses, new Random(responses));
                for (int i = 0; i < WARM_UP; i++) {
                    results.forWave(waveId, manager);
                }
                long[] nanos = new long[READS];
                for (int i = 0; i < READS; i++) {
                    long start = System.nanoTime();
                    results.forWave(waveId, manager);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("results of a wave with %,d responses: median %.3f ms, p95 %.3f ms (%d reads)%n", responses,
                        nanos[READS / 2] / 1e6, nanos[(int) Math.ceil(READS * 0.95) - 1] / 1e6, READS);
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** Counts as submissions build them: per response, responses + 1 and statement → stage + 1 for each answer. */
    private static void seed(MongoTemplate mongo, Framework framework, String waveId, List<String> collaboratives, int responses,
            Random random) {
        Map<String, Fixtures.Tally> tallies = new HashMap<>();
        for (int r = 0; r < responses; r++) {
            Map<String, String> answers = new HashMap<>();
            for (Framework.Component component : framework.components()) {
                for (Framework.Statement statement : component.statements()) {
                    if (statement.required() || random.nextInt(5) != 0) {
                        answers.put(statement.id(), Stage.values()[random.nextInt(Stage.values().length)].name());
                    }
                }
            }
            tallies.computeIfAbsent(collaboratives.get(random.nextInt(collaboratives.size())), k -> new Fixtures.Tally()).add(answers);
        }
        tallies.forEach((collaborativeId, tally) -> mongo.insert(new ResultCounts(ResultCounts.idOf(waveId, collaborativeId), waveId,
                collaborativeId, tally.responses, tally.stages)));
    }
}
