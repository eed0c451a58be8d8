package uk.nhs.cohortcoach.bench.survey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.BenchHttp;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Latencies;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * Issue 19, target 4: a wave's results take no longer with 100,000 responses than with 100 (at most 1.5×). Two cohorts
 * of five collaboratives are made through the APIs, each with a wave opened by the manager; the responses, their
 * invitations and the running counts are then written straight into the survey database in the shape survey-service
 * stores them (64 response buckets per collaborative, each response at a random place in a random bucket; the
 * {@code result_counts} with the role breakdown and what each bucket holds; one submitted invitation per response and the
 * wave's {@code invitation_counts}), because submitting 100,000 answers through the API would take hours. The figure is
 * taken through the real path: {@code GET /api/waves/{id}/results} at survey-service, as the manager, the two waves read
 * in turn after a warm-up.
 */
public final class SurveyResults implements Scenario {

    private static final int COLLABORATIVES = 5;
    private static final int BUCKETS = 64;
    private static final String[] STAGES = {"NOT_YET_STARTED", "JUST_STARTED", "UNDERWAY", "SUBSTANTIAL_PROGRESS", "FULLY_EMBEDDED"};
    private static final String[] ROLES = {"IMPROVEMENT_LEAD", "EXECUTIVE_DIRECTOR", "OTHER", "CHAIR"};

    @Override
    public String name() {
        return "survey-results";
    }

    @Override
    public String measures() {
        return "survey results (GET /api/waves/{id}/results at survey-service) for a wave of 100,000 responses vs 100 (≤ 1.5×); "
                + "responses, invitations and counts seeded into the survey database in the shape the service stores";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int small = 100;
        int large = context.scaled(100_000, 2_000);
        SurveySetUp setUp = new SurveySetUp(context);
        List<String> statements = setUp.statements();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String smallWave = wave(context, setUp, "Bench results " + run + " small", small, statements);
        String largeWave = wave(context, setUp, "Bench results " + run + " large", large, statements);

        String manager = setUp.managerToken();
        checkCounted(context, manager, smallWave, small);
        checkCounted(context, manager, largeWave, large);
        int warmUp = context.scaled(100, 20);
        int rounds = context.scaled(300, 30);
        for (int i = 0; i < warmUp; i++) {
            read(context, manager, smallWave);
            read(context, manager, largeWave);
        }
        Latencies smallTimes = new Latencies();
        Latencies largeTimes = new Latencies();
        for (int i = 0; i < rounds; i++) {
            time(context, manager, smallWave, smallTimes);
            time(context, manager, largeWave, largeTimes);
        }
        context.log("results of " + small + " responses: " + smallTimes.summary());
        context.log("results of " + large + " responses: " + largeTimes.summary());
        String smallLabel = String.format(java.util.Locale.ROOT, "%,d responses", small);
        String largeLabel = String.format(java.util.Locale.ROOT, "%,d responses", large);
        return List.of(
                Figure.ratioAtMost("survey results p50", smallLabel, smallTimes.p50(), largeLabel, largeTimes.p50(), "ms", 1.5),
                Figure.ratioAtMost("survey results p95", smallLabel, smallTimes.p95(), largeLabel, largeTimes.p95(), "ms", 1.5),
                Figure.atMost("survey results requests that failed", smallTimes.errors() + largeTimes.errors(), "requests", 0));
    }

    /** A cohort of five collaboratives with a wave opened through the API, and {@code responses} seeded into it. */
    private static String wave(BenchContext context, SurveySetUp setUp, String name, int responses, List<String> statements) {
        List<String> ids = setUp.cohort(name, COLLABORATIVES);
        String waveId = setUp.openWave(ids.get(0), "baseline");
        MongoDatabase survey = context.mongo().getDatabase("survey");
        Random random = new Random(responses);
        long started = System.nanoTime();
        Document invited = new Document();
        for (int c = 0; c < COLLABORATIVES; c++) {
            String collaborativeId = ids.get(c + 1);
            int n = responses / COLLABORATIVES + (c < responses % COLLABORATIVES ? 1 : 0);
            seedCollaborative(survey, waveId, collaborativeId, n, statements, random);
            invited.append(collaborativeId, (long) (n + n / 4)); // a quarter more invited than answered
        }
        survey.getCollection("invitation_counts").updateOne(new Document("_id", waveId),
                new Document("$set", new Document("invited", invited)).append("$inc", new Document("version", 1L)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        context.log(String.format(java.util.Locale.ROOT, "seeded %,d responses into wave %s in %.1f s", responses, waveId,
                (System.nanoTime() - started) / 1e9));
        return waveId;
    }

    private static void seedCollaborative(MongoDatabase survey, String waveId, String collaborativeId, int n, List<String> statements,
            Random random) {
        List<List<Document>> buckets = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        Map<String, Map<String, Long>> stages = new HashMap<>();
        Map<String, Long> roleResponses = new HashMap<>();
        Map<String, Map<String, Map<String, Long>>> roleStages = new HashMap<>();
        List<Document> invitations = new ArrayList<>();
        MongoCollection<Document> invitationCollection = survey.getCollection("invitations");
        for (int i = 0; i < n; i++) {
            String role = ROLES[random.nextInt(ROLES.length)];
            Document answers = new Document();
            for (String statement : statements) {
                String stage = STAGES[random.nextInt(STAGES.length)];
                answers.append(statement, stage);
                stages.computeIfAbsent(statement, s -> new HashMap<>()).merge(stage, 1L, Long::sum);
                roleStages.computeIfAbsent(role, r -> new HashMap<>()).computeIfAbsent(statement, s -> new HashMap<>())
                        .merge(stage, 1L, Long::sum);
            }
            roleResponses.merge(role, 1L, Long::sum);
            Document comments = random.nextInt(10) == 0 ? new Document("SHARED_PURPOSE_AND_VISION", "A comment " + i) : new Document();
            buckets.get(random.nextInt(BUCKETS)).add(new Document("_id", UUID.randomUUID().toString()).append("roleCategory", role)
                    .append("answers", answers).append("comments", comments));
            invitations.add(invitation(waveId, collaborativeId, role, "SUBMITTED"));
            if (i % 4 == 0) {
                invitations.add(invitation(waveId, collaborativeId, role, "ISSUED"));
            }
            if (invitations.size() >= 2_000) {
                invitationCollection.insertMany(invitations);
                invitations.clear();
            }
        }
        if (!invitations.isEmpty()) {
            invitationCollection.insertMany(invitations);
        }
        List<Document> bucketDocuments = new ArrayList<>();
        Document counted = new Document();
        for (int b = 0; b < BUCKETS; b++) {
            List<Document> inBucket = buckets.get(b);
            Collections.shuffle(inBucket, random);
            bucketDocuments.add(new Document("_id", waveId + ":" + collaborativeId + ":" + b).append("waveId", waveId)
                    .append("collaborativeId", collaborativeId).append("bucket", b).append("count", (long) inBucket.size())
                    .append("responses", inBucket).append("uncounted", List.of()));
            counted.append(String.valueOf(b), (long) inBucket.size());
        }
        survey.getCollection("response_buckets").insertMany(bucketDocuments);
        Document roles = new Document();
        roleResponses.forEach((role, count) -> roles.append(role, new Document("responses", count)
                .append("stages", nested(roleStages.get(role)))));
        survey.getCollection("result_counts").insertOne(new Document("_id", waveId + ":" + collaborativeId).append("waveId", waveId)
                .append("collaborativeId", collaborativeId).append("responses", (long) n).append("stages", nested(stages))
                .append("roles", roles).append("counted", counted).append("layout", 2));
    }

    private static Document invitation(String waveId, String collaborativeId, String role, String status) {
        return new Document("_id", UUID.randomUUID().toString()).append("waveId", waveId).append("personId", "bench-" + UUID.randomUUID())
                .append("collaborativeId", collaborativeId).append("leadershipRole", role).append("tokenHash", UUID.randomUUID().toString())
                .append("status", status).append("draftAnswers", new Document()).append("draftComments", new Document())
                .append("left", false).append("issuedAt", new Date()).append("linkGeneration", 0).append("version", 1L);
    }

    private static Document nested(Map<String, Map<String, Long>> stages) {
        Document document = new Document();
        if (stages != null) {
            stages.forEach((statement, byStage) -> document.append(statement, new Document(byStage)));
        }
        return document;
    }

    private static void checkCounted(BenchContext context, String manager, String waveId, int responses) {
        BenchHttp.Result result = read(context, manager, waveId);
        SurveySetUp.require(result, "the results of wave " + waveId);
        long counted = BenchContext.JSON.readTree(result.body()).path("cohort").path("figures").path("responses").asLong(-1);
        if (counted != responses) {
            throw new IllegalStateException("wave " + waveId + " shows " + counted + " responses, seeded " + responses);
        }
    }

    private static BenchHttp.Result read(BenchContext context, String manager, String waveId) {
        return context.http().get(context.stack().survey(), "/api/waves/" + waveId + "/results", manager);
    }

    private static void time(BenchContext context, String manager, String waveId, Latencies times) {
        BenchHttp.Result result = read(context, manager, waveId);
        if (result.ok()) {
            times.record(result.nanos());
        } else {
            times.error();
        }
    }
}
