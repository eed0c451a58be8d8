package uk.nhs.cohortcoach.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.localstack.browser.BrowserStack;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * Operating the running platform from a second terminal, on the browser tests' platform (one {@code ./run-local} per
 * test JVM, on random ports, so it costs no start of its own): {@code ./run-local restart gateway} brings it back
 * healthy and signing with the same key, so a token from before still works; {@code stop}/{@code start} of one service
 * leaves the rest running; {@code ./run-local kafka-groups} lists the services' consumer groups without the Kafka
 * client's log lines; and every link in every email that has one follows the gateway's (non-default) port and opens.
 * Each test leaves the platform as healthy as it found it, for the browser tests after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunLocalOperationsIT {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final String DEMO_COACH = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0002";

    private BrowserStack stack;
    private Http gateway;

    @BeforeAll
    void platform() throws Exception {
        stack = BrowserStack.get();
        gateway = new Http(URI.create(stack.baseUrl()));
    }

    @Test
    @Order(1)
    void aRestartedGatewayIsHealthyAgainAndATokenIssuedBeforeTheRestartStillWorks() throws Exception {
        String token = stack.token("manager");
        String keyId = keyId();
        long before = pid("gateway");

        RunLocalProcess restart = stack.runLocal("ops-restart-gateway", "restart", "gateway");

        assertThat(restart.exitValue()).as(restart.output()).isZero();
        assertThat(restart.output()).contains("gateway is ready on 127.0.0.1:" + stack.port("GATEWAY_PORT"));
        long after = pid("gateway");
        assertThat(after).isNotEqualTo(before);
        assertThat(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false)).as("the old gateway").isFalse();
        assertThat(keyId()).as("the signing key's id after the restart").isEqualTo(keyId);
        // checked by a service (against the gateway's JWKS) and by the gateway itself
        assertThat(gateway.get("/api/cohorts", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(gateway.get("/auth/me", "Bearer " + token).statusCode()).isEqualTo(200);
        Path keyFile = stack.localDir().resolve("gateway").resolve("token-signing-key.json");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(stack.localDir().resolve("run").resolve("gateway.json")))
                .contains("\"pid\": " + after).contains("\"SERVER_PORT\": \"" + stack.port("GATEWAY_PORT") + "\"");
    }

    @Test
    @Order(2)
    void stopsOneServiceWhileTheRestRunsAndStartsItAgain() throws Exception {
        long before = pid("notification-service");
        try {
            RunLocalProcess stop = stack.runLocal("ops-stop-notification", "stop", "notification-service");

            assertThat(stop.exitValue()).as(stop.output()).isZero();
            assertThat(stop.output()).contains("notification-service stopped.");
            assertThat(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(stack.runLocal("ops-stop-notification-again", "stop", "notification-service").output())
                    .contains("notification-service was not running.");
            HttpResponse<String> health = gateway.request("GET", "/actuator/health").send();
            assertThat(health.body()).contains("\"notification\":{\"status\":\"DOWN\"").contains("\"cohort\":{\"status\":\"UP\"}");
        } finally {
            RunLocalProcess start = stack.runLocal("ops-start-notification", "start", "notification-service");
            assertThat(start.exitValue()).as(start.output()).isZero();
            assertThat(start.output()).contains("notification-service is ready on 127.0.0.1:" + stack.port("NOTIFICATION_SERVICE_PORT"));
        }
        assertThat(pid("notification-service")).isNotEqualTo(before);
        assertThat(gateway.request("GET", "/actuator/health").send().body()).contains("\"notification\":{\"status\":\"UP\"}");
    }

    @Test
    @Order(3)
    void kafkaGroupsListsEveryServicesConsumerGroupsWithoutTheClientsLogLines() throws Exception {
        RunLocalProcess list = stack.runLocal("ops-kafka-groups", "kafka-groups", "--list");

        assertThat(list.exitValue()).as(list.output()).isZero();
        assertThat(list.output().lines()).contains("cohort-service", "coaching-service", "survey-service", "notification-service",
                "notification-service-privacy");
        assertThat(list.output()).doesNotContain("INFO").doesNotContain("AdminClientConfig");

        RunLocalProcess describe = stack.runLocal("ops-kafka-groups-describe", "kafka-groups", "--describe", "--group", "coaching-service");
        assertThat(describe.output()).contains("cohort.events.v1").contains("LAG");
    }

    @Test
    @Order(4)
    void everyLinkInEveryEmailFollowsTheGatewaysPortAndOpens() throws Exception {
        String manager = "Bearer " + stack.token("manager");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "ops.links." + run + "@example.nhs.uk";
        long from = Files.size(stack.log("notification-service"));

        // a cohort of one collaborative with one person: a session for them (invitation, then cancelled) and a survey wave
        // (invitation, then a reminder)
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String cohortId = id(gateway.post("/api/cohorts", manager, "{\"name\":\"Ops links " + run + "\",\"phase\":7,\"startDate\":\""
                + today.minusDays(1) + "\",\"endDate\":\"" + today.plusMonths(6) + "\",\"status\":\"ACTIVE\"}"));
        String collaborativeId = id(gateway.post("/api/cohorts/" + cohortId + "/collaboratives", manager,
                "{\"name\":\"Ops links collaborative " + run + "\",\"sector\":\"ACUTE\",\"coachIds\":[\"" + DEMO_COACH + "\"]}"));
        String personId = id(gateway.post("/api/people", manager, "{\"name\":\"Ops Links " + run + "\",\"email\":\"" + email
                + "\",\"roles\":[\"PARTICIPANT\"]}"));
        assertThat(gateway.post("/api/collaboratives/" + collaborativeId + "/participants", manager,
                "{\"personId\":\"" + personId + "\",\"leadershipRole\":\"CHAIR\"}").statusCode()).isBetween(200, 299);

        String session = "{\"collaborativeId\":\"" + collaborativeId + "\",\"coachId\":\"" + DEMO_COACH + "\",\"type\":\"TEAM_COACHING\","
                + "\"title\":\"Ops links session\",\"start\":\"" + today.plusDays(9) + "T10:00\",\"durationMinutes\":60,"
                + "\"location\":\"Leeds\",\"inviteeIds\":[\"" + personId + "\"]}";
        // 400 until coaching-service has learnt the collaborative and the person from cohort-service's events
        HttpResponse<String> scheduled = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/sessions", manager, session), response -> response.statusCode() != 400);
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        JsonNode created = Http.json(scheduled);
        // the invitation is sent before the session is cancelled (a cancellation withdraws an invitation not yet sent)
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> templates(emailsTo(email, from)).contains("session-invitation"));
        assertThat(gateway.post("/api/sessions/" + created.get("id").asString() + "/cancel", manager,
                "{\"reason\":\"ops links check\",\"scope\":\"THIS\",\"version\":" + created.get("version").asInt() + "}").statusCode())
                .isEqualTo(200);

        Instant now = Instant.now();
        String waveId = id(gateway.post("/api/waves", manager, "{\"cohortId\":\"" + cohortId + "\",\"label\":\"baseline\","
                + "\"frameworkId\":\"improving-equitably\",\"frameworkNumber\":1,\"opensAt\":\"" + now.minusSeconds(60) + "\",\"closesAt\":\""
                + now.plus(Duration.ofDays(20)) + "\"}"));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                Http.json(gateway.get("/api/waves/" + waveId, manager)).get("counts").get("invited").asInt()).isEqualTo(1));
        assertThat(gateway.post("/api/waves/" + waveId + "/reminders", manager, null).statusCode()).isEqualTo(200);

        List<String> emails = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> emailsTo(email, from), written -> templates(written).containsAll(
                        Set.of("session-invitation", "session-cancelled", "survey-invitation", "survey-reminder")));

        String origin = "http://localhost:" + stack.port("GATEWAY_PORT") + "/";
        List<String> links = new ArrayList<>();
        for (String written : emails) {
            Matcher url = URL.matcher(written);
            while (url.find()) {
                links.add(url.group());
            }
            assertThat(written).as("each email names the privacy notice").contains("privacy_url: " + origin + "privacy");
        }
        assertThat(links).as("every link in every email").isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(origin));
        assertThat(links).anySatisfy(link -> assertThat(link).startsWith(origin + "respond/"))
                .anySatisfy(link -> assertThat(link).startsWith(origin + "api/notifications/calendar/").endsWith(".ics"));
        for (String link : new LinkedHashSet<>(links)) {
            HttpResponse<String> opened = new Http(URI.create(link)).request("GET", "").withoutHeader("Accept").send();
            assertThat(opened.statusCode()).as(link).isEqualTo(200);
        }
    }

    /** The emails to {@code recipient} the local channel wrote to notification-service's log after byte {@code from}. */
    private List<String> emailsTo(String recipient, long from) throws Exception {
        byte[] bytes = Files.readAllBytes(stack.log("notification-service"));
        String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> emails = new ArrayList<>();
        for (String email : text.split("Email \\(log channel, not sent\\)")) {
            if (email.contains("To:        " + recipient)) {
                // up to the next log line: the email's own lines are indented
                emails.add(email.lines().takeWhile(line -> line.isEmpty() || line.startsWith(" ")).reduce("", (a, b) -> a + b + "\n"));
            }
        }
        return emails;
    }

    private static Set<String> templates(List<String> emails) {
        Set<String> templates = new LinkedHashSet<>();
        Pattern template = Pattern.compile("Template:\\s+(\\S+)");
        for (String email : emails) {
            Matcher matcher = template.matcher(email);
            if (matcher.find()) {
                templates.add(matcher.group(1));
            }
        }
        return templates;
    }

    private static String id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return Http.json(response).get("id").asString();
    }

    private String keyId() {
        HttpResponse<String> jwks = gateway.request("GET", "/.well-known/jwks.json").send();
        assertThat(jwks.statusCode()).isEqualTo(200);
        return Http.json(jwks).get("keys").get(0).get("kid").asString();
    }

    /** The pid the platform's pid file records for that process. */
    private long pid(String name) throws Exception {
        for (String line : Files.readAllLines(stack.localDir().resolve("pids"))) {
            String[] parts = line.split(" ");
            if (parts[0].equals(name)) {
                return Long.parseLong(parts[1]);
            }
        }
        throw new AssertionError("no " + name + " in the pid file");
    }
}
