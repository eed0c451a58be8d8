package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./run-local [start|stop]}: starts the whole platform on this machine and keeps it running
 * until Ctrl-C (or {@code ./run-local stop} from another terminal), then stops every process it
 * started.
 */
public final class LocalStack {

    private final StackConfig config;
    /** Time spent making start-up archives in this start (not counted as the stack's start-up time). */
    private double archiveSeconds;

    LocalStack(StackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        StackConfig config;
        try {
            config = StackConfig.fromEnvironment(System.getenv());
        } catch (StackException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String command = args.length == 0 ? "start" : args[0];
        try {
            switch (command) {
                case "start" -> new LocalStack(config).start();
                case "stop" -> StopCommand.stop(config);
                default -> {
                    System.err.println("usage: ./run-local [start|stop]");
                    System.exit(2);
                }
            }
        } catch (StackException e) {
            System.err.println();
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("run-local failed: " + e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    private void start() throws IOException, InterruptedException {
        long began = System.nanoTime();
        StopCommand.refuseIfRunning(config);
        PortCheck.requireFree(PortCheck.of(config));
        Files.createDirectories(config.localDir());

        ProcessLauncher launcher = new ProcessLauncher(config);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                System.out.println("\nStopping Cohort Coach...");
                launcher.stopAll();
                System.out.println("Stopped every process run-local started.");
            }
        }, "run-local-stop"));

        Readiness readiness = new Readiness(config.startupTimeout());
        startInfrastructure(launcher, readiness);
        startApplications(launcher);

        double seconds = (System.nanoTime() - began) / 1e9 - archiveSeconds;
        printBanner(seconds);
        // for bench/run's start-up scenario: how long this start took
        Files.writeString(config.localDir().resolve("started"),
                String.format(Locale.ROOT, "every service healthy after %.1f s%n", seconds));
        watch(launcher, stopping);
    }

    private void startInfrastructure(ProcessLauncher launcher, Readiness readiness) throws IOException, InterruptedException {
        if (config.externalMongoUri().isPresent()) {
            say("Using MongoDB at " + redact(config.mongoUri()) + " (MONGODB_URI); not starting the embedded one.");
        } else {
            say("Starting the Mongo wire server on 127.0.0.1:" + config.mongoPort() + " (data in "
                    + relative(config.localDir().resolve("mongo")) + ")...");
            ProcessLauncher.Managed mongo = launcher.startMain("mongo", List.of("-Xmx512m"),
                    List.of(MongoWireServer.class.getName(), String.valueOf(config.mongoPort()),
                            config.localDir().resolve("mongo").resolve("cohort-coach.mv").toString()));
            readiness.awaitPort(mongo, config.mongoPort());
        }
        if (config.externalKafka().isPresent()) {
            say("Using Kafka at " + config.kafkaBootstrapServers() + " (KAFKA_BOOTSTRAP_SERVERS); not starting a broker.");
        } else {
            say("Starting the Kafka broker (KRaft) on 127.0.0.1:" + config.kafkaPort() + " (data in "
                    + relative(config.localDir().resolve("kafka")) + ")...");
            KafkaBroker broker = new KafkaBroker(config);
            Path properties = broker.prepare(launcher);
            ProcessLauncher.Managed kafka = launcher.startMain("kafka", List.of("-Xms128m", "-Xmx512m"),
                    broker.command(properties));
            readiness.awaitPort(kafka, config.kafkaPort());
        }
    }

    private void startApplications(ProcessLauncher launcher) throws IOException, InterruptedException {
        Map<String, String> common = new HashMap<>();
        common.put("MONGODB_URI", config.mongoUri());
        common.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        common.put("SPRING_PROFILES_ACTIVE", System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "demo"));
        // The gateway signs tokens as this issuer; the services trust it and fetch its keys (lazily, on
        // the first token, so they may start before the gateway).
        common.put("AUTH_ISSUER", System.getenv().getOrDefault("AUTH_ISSUER", StackConfig.DEFAULT_ISSUER));
        // The addresses the platform gives out (pages' links, survey and privacy links in emails): this gateway's,
        // whatever its port, unless given.
        common.put("PUBLIC_URL", System.getenv().getOrDefault("PUBLIC_URL", config.publicUrl()));
        common.put("SURVEY_LINK_BASE_URL", System.getenv().getOrDefault("SURVEY_LINK_BASE_URL", config.publicUrl() + "/respond/"));
        common.put("PRIVACY_NOTICE_URL", System.getenv().getOrDefault("PRIVACY_NOTICE_URL", config.publicUrl() + "/privacy"));

        List<ProcessLauncher.Managed> applications = new ArrayList<>();
        Map<String, String> gatewayEnvironment = new HashMap<>(common);
        Map<String, String> webEnvironment = new HashMap<>(common);
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        for (StackConfig.ServiceSpec service : config.services()) {
            Map<String, String> environment = new HashMap<>(common);
            environment.put("SERVER_PORT", String.valueOf(service.port()));
            environment.put("AUTH_JWKS_URI", config.jwksUri());
            environments.put(service.name(), environment);
            gatewayEnvironment.put(service.uriVariable(), "http://127.0.0.1:" + service.port());
            webEnvironment.put(service.uriVariable(), "http://127.0.0.1:" + service.port());
        }
        // web: renders the pages behind the gateway, calls the services directly with the person's token (checked
        // against the gateway's keys), signs in through the gateway, keeps unsaved forms in its own database.
        webEnvironment.put("SERVER_PORT", String.valueOf(config.webPort()));
        webEnvironment.put("AUTH_JWKS_URI", config.jwksUri());
        webEnvironment.put("GATEWAY_URI", config.gatewayUri());
        webEnvironment.put("AUTH_COOKIE_NAME", System.getenv().getOrDefault("AUTH_COOKIE_NAME", "cohort_coach_session"));
        webEnvironment.put("MONGODB_DATABASE", "web");
        environments.put("web", webEnvironment);
        gatewayEnvironment.put("WEB_URI", config.webUri());
        gatewayEnvironment.put("SERVER_PORT", String.valueOf(config.gatewayPort()));
        environments.put("gateway", gatewayEnvironment);

        prepareStartupArchives(launcher, environments);
        // the training runs (once per build) do not count against the applications' own start-up time
        Readiness readiness = new Readiness(config.startupTimeout());
        say("Starting " + config.services().size() + " services, the web module and the gateway...");
        for (StackConfig.ServiceSpec service : config.services()) {
            applications.add(launcher.startJar(service.name(), config.jar(service.name()), environments.get(service.name())));
        }
        ProcessLauncher.Managed web = launcher.startJar("web", config.jar("web"), webEnvironment);
        ProcessLauncher.Managed gateway = launcher.startJar("gateway", config.jar("gateway"), gatewayEnvironment);

        for (int i = 0; i < applications.size(); i++) {
            StackConfig.ServiceSpec service = config.services().get(i);
            readiness.awaitHealthy(applications.get(i),
                    URI.create("http://127.0.0.1:" + service.port() + "/actuator/health/readiness"));
            say("  " + service.name() + " is ready on 127.0.0.1:" + service.port());
        }
        readiness.awaitHealthy(web, URI.create(config.webUri() + "/actuator/health/readiness"));
        say("  web is ready on 127.0.0.1:" + config.webPort());
        readiness.awaitHealthy(gateway, URI.create("http://127.0.0.1:" + config.gatewayPort() + "/actuator/health"));
    }

    /**
     * Makes the start-up archive (see {@link StartupArchive}) of every application whose jar has none for this JDK yet:
     * once after each build, all at once, each a training run against the stack's own Kafka and MongoDB. A failure only
     * means that application starts from its jar, as without an archive.
     */
    private void prepareStartupArchives(ProcessLauncher launcher, Map<String, Map<String, String>> environments)
            throws InterruptedException {
        List<String> stale = environments.keySet().stream()
                .filter(name -> launcher.needsStartupArchive(config.jar(name)))
                .toList();
        if (stale.isEmpty()) {
            return;
        }
        long began = System.nanoTime();
        say("Making the start-up archives of " + String.join(", ", stale) + " (once after each build; "
                + "LOCAL_STARTUP_ARCHIVE=off skips it)...");
        List<Thread> training = new ArrayList<>();
        for (String name : stale) {
            Thread thread = new Thread(() -> {
                try {
                    if (!launcher.makeStartupArchive(name, config.jar(name), environments.get(name))) {
                        say("  no start-up archive for " + name + " (see " + relative(config.logDir().resolve(name + "-archive.log"))
                                + "); it starts from its jar");
                    }
                } catch (IOException e) {
                    say("  no start-up archive for " + name + ": " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "startup-archive-" + name);
            thread.start();
            training.add(thread);
        }
        for (Thread thread : training) {
            thread.join();
        }
        archiveSeconds = (System.nanoTime() - began) / 1e9;
        say(String.format(Locale.ROOT, "  start-up archives made in %.1f s (not counted in the start-up time below)", archiveSeconds));
    }

    private void printBanner(double seconds) {
        String url = config.publicUrl();
        System.out.println();
        System.out.println("Cohort Coach is running: every service healthy after "
                + String.format(Locale.ROOT, "%.1f", seconds) + " s.");
        System.out.println();
        System.out.println("  Open     " + url);
        System.out.println("  API      " + url + "/api/...   (health: " + url + "/actuator/health)");
        System.out.println("  Sign in  manager / demo   programme manager");
        System.out.println("           coach / demo     coach");
        System.out.println("           member / demo    participant");
        System.out.println("  Logs     " + relative(config.logDir()) + "/");
        System.out.println("  Stop     Ctrl-C here, or ./run-local stop");
        System.out.println();
    }

    /** Reports any process that dies while the stack runs; the stack itself stays up for the rest. */
    private void watch(ProcessLauncher launcher, AtomicBoolean stopping) {
        for (ProcessLauncher.Managed managed : launcher.started()) {
            managed.process().onExit().thenAccept(process -> {
                if (!stopping.get()) {
                    say(managed.name() + " exited (code " + process.exitValue() + "); see " + relative(managed.log()));
                }
            });
        }
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String relative(Path path) {
        return path.startsWith(config.repoRoot()) ? config.repoRoot().relativize(path).toString() : path.toString();
    }

    static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
