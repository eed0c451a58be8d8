package uk.nhs.cohortcoach.localstack.browser;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.util.FileSystemUtils;
import uk.nhs.cohortcoach.localstack.RunLocalProcess;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The real platform for the browser tests: one {@code ./run-local} per test JVM (its own ports and
 * {@code target/browser-stack} data, demo data included), started by the first test that asks and
 * stopped when the JVM ends.
 */
public final class BrowserStack {

    /**
     * The demo programme's active cohort (phase 2). Browser tests share one platform and some create cohorts of their own,
     * active ones too, so a test about the demo's dashboard names it instead of relying on which active cohort comes first.
     */
    public static final String DEMO_ACTIVE_COHORT = "c0h0r7-0000-0000-0000-000000000002";

    private static BrowserStack instance;

    private final RunLocalProcess stack;

    private BrowserStack(RunLocalProcess stack) {
        this.stack = stack;
    }

    public static synchronized BrowserStack get() throws Exception {
        if (instance == null) {
            RunLocalProcess stack = new RunLocalProcess("browser-stack");
            // every browser test signs in and answers surveys from this one address: the gateway's
            // per-address rate limits (tested in GatewayEdgeIT) are raised so they do not interfere
            stack.environment.put("RATE_LIMIT_SIGN_IN_CAPACITY", "1000");
            stack.environment.put("RATE_LIMIT_SURVEY_CAPACITY", "5000");
            FileSystemUtils.deleteRecursively(stack.localDir);
            stack.start("browser-stack-run").awaitRunning(Duration.ofMinutes(5));
            instance = new BrowserStack(stack);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "browser-stack-stop"));
        }
        return instance;
    }

    /** The gateway's address, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return "http://localhost:" + stack.port("GATEWAY_PORT");
    }

    public int port(String variable) {
        return stack.port(variable);
    }

    /** A service's log file (e.g. {@code notification-service}), where the local email channel writes. */
    public java.nio.file.Path log(String service) {
        return stack.localDir.resolve("logs").resolve(service + ".log");
    }

    private static final java.util.regex.Pattern SURVEY_LINK = java.util.regex.Pattern.compile("/respond/([A-Za-z0-9_-]{16,})");

    /**
     * Polls notification-service's email log (the local channel writes each email there) until at least {@code count}
     * distinct survey link tokens, in the order written, stand in the emails written after byte {@code from} — to
     * {@code recipient} only, when it is not null.
     */
    public java.util.List<String> surveyLinksAfter(long from, int count, String recipient) throws Exception {
        java.nio.file.Path log = log("notification-service");
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofSeconds(120));
        java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
        while (java.time.Instant.now().isBefore(deadline)) {
            tokens.clear();
            if (java.nio.file.Files.exists(log)) {
                byte[] bytes = java.nio.file.Files.readAllBytes(log);
                String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                        java.nio.charset.StandardCharsets.UTF_8);
                for (String email : text.split("Email \\(log channel, not sent\\)")) {
                    if (recipient == null || email.contains("To:        " + recipient)) {
                        java.util.regex.Matcher link = SURVEY_LINK.matcher(email);
                        while (link.find()) {
                            tokens.add(link.group(1));
                        }
                    }
                }
                if (tokens.size() >= count) {
                    return java.util.List.copyOf(tokens);
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("fewer than " + count + " survey links" + (recipient == null ? "" : " to " + recipient) + " in " + log
                + " after 120 s: " + tokens);
    }

    /** Signs in through the API and answers the platform token, for test set-up the browser need not do. */
    public String token(String username) {
        HttpResponse<String> response = new Http(URI.create(baseUrl())).request("POST", "/auth/login").withoutHeader("Accept")
                .body("application/json", "{\"username\":\"" + username + "\",\"password\":\"demo\"}").send();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    /**
     * Runs {@code ./run-local <arguments>} against this platform (its {@code LOCAL_DIR} and ports), as a second terminal
     * would, and waits for it to end; output in {@code target/<logName>.log}.
     */
    public RunLocalProcess runLocal(String logName, String... arguments) throws Exception {
        RunLocalProcess command = new RunLocalProcess("browser-stack");
        command.environment.putAll(stack.environment);
        command.start(logName, arguments).awaitExit(Duration.ofMinutes(5));
        return command;
    }

    /** The platform's data directory ({@code LOCAL_DIR}). */
    public java.nio.file.Path localDir() {
        return stack.localDir;
    }

    private void stop() {
        try {
            RunLocalProcess stopper = new RunLocalProcess("browser-stack");
            stopper.environment.putAll(stack.environment);
            stopper.start("browser-stack-stop", "stop").awaitExit(Duration.ofMinutes(2));
        } catch (Exception e) {
            stack.markedProcesses().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
