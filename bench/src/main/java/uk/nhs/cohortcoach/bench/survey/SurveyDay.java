package uk.nhs.cohortcoach.bench.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.BenchHttp;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Latencies;
import uk.nhs.cohortcoach.bench.Load;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * Issue 19, target 5: survey day. Through the APIs, as the manager: a cohort of ten collaboratives, a wave opened on it,
 * then a team of 100 imported into each (everyone joining while the wave is open is invited at once, and emailed by
 * notification-service's local log channel). The links are read from that log. Then each of the 1,000 respondents,
 * through the gateway, opens their link ({@code GET /api/respond/{token}}, what the survey page reads), saves a draft and
 * submits, the respondents starting at an even rate over four minutes. Every request counts: zero errors, p99 ≤ 500 ms,
 * all done within 5 minutes; then the wave's results must count every response.
 */
public final class SurveyDay implements Scenario {

    private static final Pattern EMAIL = Pattern.compile("To:\\s+(\\S+)[\\s\\S]*?/respond/([A-Za-z0-9_-]{16,})");
    private static final String[] STAGES = {"NOT_YET_STARTED", "JUST_STARTED", "UNDERWAY", "SUBSTANTIAL_PROGRESS", "FULLY_EMBEDDED"};

    @Override
    public String name() {
        return "survey-day";
    }

    @Override
    public String measures() {
        return "survey day: 1,000 respondents through the gateway (open the link, save a draft, submit) started over 4 minutes: "
                + "0 errors, p99 per request ≤ 500 ms, all within 5 minutes; invitations made through the APIs";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int collaboratives = context.scaled(10, 2);
        int perTeam = context.scaled(100, 10);
        int respondents = collaboratives * perTeam;
        double spreadSeconds = context.scaled(240, 5);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String prefix = "surveyday-" + run;

        SurveySetUp setUp = new SurveySetUp(context);
        Path log = context.stack().localDir().resolve("logs").resolve("notification-service.log");
        long logFrom = Files.exists(log) ? Files.size(log) : 0;
        List<String> ids = setUp.cohort("Bench survey day " + run, collaboratives);
        String waveId = setUp.openWave(ids.get(0), "baseline");
        Instant inviting = Instant.now();
        for (int c = 0; c < collaboratives; c++) {
            setUp.team(ids.get(c + 1), prefix, c * perTeam, perTeam);
        }
        Map<String, String> links = links(context, log, logFrom, prefix, respondents);
        double emailedSeconds = Duration.between(inviting, Instant.now()).toMillis() / 1000.0;
        context.log(String.format(Locale.ROOT, "%d invited and emailed in %.1f s (teams imported, then each invited and emailed)",
                links.size(), emailedSeconds));

        List<String> tokens = new ArrayList<>(links.values());
        Latencies requests = new Latencies();
        AtomicInteger shown = new AtomicInteger();
        long started = System.nanoTime();
        Latencies journeys = Load.atRate(respondents / spreadSeconds, respondents, new java.util.concurrent.Callable<>() {
            private final AtomicInteger next = new AtomicInteger();

            @Override
            public Boolean call() {
                return respond(context, tokens.get(next.getAndIncrement()), requests, shown);
            }
        });
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        context.log("per request: " + requests.summary());
        context.log("per respondent (open, draft, submit): " + journeys.summary());

        long counted = counted(context, setUp.managerToken(), waveId, respondents);
        return List.of(
                Figure.atMost("survey day: requests that failed", requests.errors(), "requests", 0),
                Figure.measured("survey day: p50 per request", requests.p50(), "ms"),
                Figure.measured("survey day: p95 per request", requests.p95(), "ms"),
                Figure.atMost("survey day: p99 per request", requests.p99(), "ms", 500),
                Figure.atMost("survey day: first respondent to last done (" + respondents + " respondents)", totalSeconds, "s", 300),
                Figure.atLeast("survey day: responses the results count", counted, "responses", respondents),
                Figure.measured("survey day: invited and emailed (" + respondents + " people)", emailedSeconds, "s"));
    }

    /** One respondent: opens the link, saves half the answers as a draft, submits them all. */
    private static boolean respond(BenchContext context, String token, Latencies requests, AtomicInteger shown) {
        BenchHttp http = context.http();
        BenchHttp.Result opened = timed(http.get(context.stack().gateway(), "/api/respond/" + token, null), requests, shown);
        if (!opened.ok()) {
            return false;
        }
        ObjectNode answers = BenchContext.JSON.createObjectNode();
        ObjectNode draft = BenchContext.JSON.createObjectNode();
        ObjectNode comments = BenchContext.JSON.createObjectNode();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        var survey = BenchContext.JSON.readTree(opened.body());
        for (var component : survey.path("components")) {
            for (var statement : component.path("statements")) {
                String stage = STAGES[random.nextInt(STAGES.length)];
                answers.put(statement.path("id").asString(), stage);
                if (random.nextBoolean()) {
                    draft.put(statement.path("id").asString(), stage);
                }
            }
            if (component.path("commentAllowed").asBoolean() && random.nextInt(4) == 0) {
                comments.put(component.path("component").asString(), "Bench comment on " + component.path("title").asString());
            }
        }
        String draftBody = BenchContext.JSON.createObjectNode().<ObjectNode>set("answers", draft).toString();
        if (!timed(http.putJson(context.stack().gateway(), "/api/respond/" + token + "/draft", null, draftBody), requests, shown).ok()) {
            return false;
        }
        String submitBody = BenchContext.JSON.createObjectNode().<ObjectNode>set("answers", answers).<ObjectNode>set("comments", comments)
                .toString();
        return timed(http.postJson(context.stack().gateway(), "/api/respond/" + token + "/submit", null, submitBody), requests, shown).ok();
    }

    private static BenchHttp.Result timed(BenchHttp.Result result, Latencies requests, AtomicInteger shown) {
        if (result.ok()) {
            requests.record(result.nanos());
        } else {
            requests.error();
            if (shown.incrementAndGet() <= 5) {
                System.err.println("survey-day: a request failed: " + result);
            }
        }
        return result;
    }

    /** Email address → link token, for the run's respondents, from what the local email channel wrote after {@code from}. */
    private static Map<String, String> links(BenchContext context, Path log, long from, String prefix, int expected)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        Map<String, String> links = new LinkedHashMap<>();
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            links.clear();
            if (Files.exists(log)) {
                byte[] bytes = Files.readAllBytes(log);
                String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                        StandardCharsets.UTF_8);
                for (String email : text.split("Email \\(log channel, not sent\\)")) {
                    Matcher m = EMAIL.matcher(email);
                    if (m.find() && m.group(1).startsWith(prefix + ".")) {
                        links.put(m.group(1), m.group(2));
                    }
                }
            }
            if (links.size() >= expected) {
                return links;
            }
            if (links.size() != last) {
                context.log("survey links emailed so far: " + links.size() + " of " + expected);
                last = links.size();
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("only " + links.size() + " of " + expected + " survey links in " + log + " after 10 minutes");
    }

    /** How many responses the wave's results count (the cohort group), after the recoverer's next pass if need be. */
    private static long counted(BenchContext context, String manager, String waveId, int expected) throws InterruptedException {
        long counted = -1;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            BenchHttp.Result result = context.http().get(context.stack().survey(), "/api/waves/" + waveId + "/results", manager);
            SurveySetUp.require(result, "the results of wave " + waveId);
            counted = BenchContext.JSON.readTree(result.body()).path("cohort").path("figures").path("responses").asLong(-1);
            if (counted >= expected) {
                break;
            }
            Thread.sleep(2000);
        }
        return counted;
    }
}
