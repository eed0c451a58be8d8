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
 * started. While it runs, {@code ./run-local restart|stop|start <name>} from another terminal has it
 * restart, stop or start one of them ({@link ControlServer}), and {@code ./run-local kafka-groups|kafka-topics ...}
 * runs Kafka's tools against its broker ({@link KafkaTools}).
 */
public final class LocalStack {

    static final List<String> PROCESS_NAMES = List.of("cohort-service", "coaching-service", "survey-service",
            "notification-service", "web", "gateway", "kafka", "mongo");

    private static final String USAGE = String.join("\n",
            "usage: ./run-local [start]              start the whole platform (Ctrl-C stops it)",
            "       ./run-local stop                 stop it from another terminal",
            "       ./run-local restart <name>       restart one process of the running stack and wait until it is ready",
            "       ./run-local stop <name>          stop one process of the running stack",
            "       ./run-local start <name>         start it again",
            "       ./run-local kafka-groups ...     Kafka's consumer group tool against the stack's broker (--list, --describe, --reset-offsets)",
            "       ./run-local kafka-topics ...     Kafka's topic tool against the stack's broker (--list, --describe)",
            "  <name>: " + String.join(", ", PROCESS_NAMES));

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
                case "start" -> {
                    if (args.length == 2) {
                        System.exit(ControlClient.send(config, "start", args[1]));
                    }
                    new LocalStack(config).start();
                }
                case "stop" -> {
                    if (args.length == 2) {
                        System.exit(ControlClient.send(config, "stop", args[1]));
                    }
                    StopCommand.stop(config);
                }
                case "restart" -> {
                    if (args.length != 2) {
                        System.err.println("usage: ./run-local restart <name>   (" + String.join(", ", PROCESS_NAMES) + ")");
                        System.exit(2);
                    }
                    System.exit(ControlClient.send(config, "restart", args[1]));
                }
                case "kafka-groups", "kafka-topics" -> System.exit(KafkaTools.run(config, command,
                        java.util.Arrays.copyOfRange(args, 1, args.length)));
                default -> {
                    System.err.println(USAGE);
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
        RunRecords.createRunDir(config);

        ProcessLauncher launcher = new ProcessLauncher(config);
        launcher.onUnexpectedExit(LocalStack::say);
        ControlServer control = new ControlServer(config, new ServiceControl(config, launcher), LocalStack::say);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                System.out.println("\nStopping Cohort Coach...");
                control.close();
                launcher.stopAll();
                System.out.println("Stopped every process run-local started.");
            }
        }, "run-local-stop"));

        new RunRecords(config).writeStack();
        Readiness readiness = new Readiness(config.startupTimeout());
        startInfrastructure(launcher, readiness);
        startApplications(launcher);
        control.start();

        double seconds = (System.nanoTime() - began) / 1e9 - archiveSeconds;
        printBanner(seconds);
        // for bench/run's start-up scenario: how long this start took
        Files.writeString(config.localDir().resolve("started"),
                String.format(Locale.ROOT, "every service healthy after %.1f s%n", seconds));
        waitUntilStopped();
    }

    private void startInfrastructure(ProcessLauncher launcher, Readiness readiness) throws IOException, InterruptedException {
        if (config.externalMongoUri().isPresent()) {
            say("Using MongoDB at " + redact(config.mongoUri()) + " (MONGODB_URI); not starting the embedded one.");
        } else {
            say("Starting the Mongo wire server on 127.0.0.1:" + config.mongoPort() + " (data in "
                    + relative(config.localDir().resolve("mongo")) + ")...");
            ProcessLauncher.Managed mongo = launcher.startMain("mongo", List.of("-Xmx512m"),
                    List.of(MongoWireServer.class.getName(), String.valueOf(config.mongoPort()),
                            config.localDir().resolve("mongo").resolve("cohort-coach.mv").toString()),
                    URI.create("tcp://127.0.0.1:" + config.mongoPort()));
            readiness.await(mongo, mongo.launch().ready());
        }
        if (config.externalKafka().isPresent()) {
            say("Using Kafka at " + config.kafkaBootstrapServers() + " (KAFKA_BOOTSTRAP_SERVERS); not starting a broker.");
        } else {
            say("Starting the Kafka broker (KRaft) on 127.0.0.1:" + config.kafkaPort() + " (data in "
                    + relative(config.localDir().resolve("kafka")) + ")...");
            KafkaBroker broker = new KafkaBroker(config);
            Path properties = broker.prepare(launcher);
            ProcessLauncher.Managed kafka = launcher.startMain("kafka", List.of("-Xms128m", "-Xmx512m"),
                    broker.command(properties), URI.create("tcp://127.0.0.1:" + config.kafkaPort()));
            readiness.await(kafka, kafka.launch().ready());
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
        // one signing key for the life of .local/, unless a key store is given: a restarted gateway keeps everyone signed in
        if (System.getenv().getOrDefault("AUTH_KEY_STORE", "").isBlank()) {
            gatewayEnvironment.put("AUTH_KEY_FILE", System.getenv().getOrDefault("AUTH_KEY_FILE", config.signingKeyFile().toString()));
        }
        environments.put("gateway", gatewayEnvironment);

        prepareStartupArchives(launcher, environments);
        // the training runs (once per build) do not count against the applications' own start-up time
        Readiness readiness = new Readiness(config.startupTimeout());
        say("Starting " + config.services().size() + " services, the web module and the gateway...");
        for (StackConfig.ServiceSpec service : config.services()) {
            applications.add(launcher.startJar(service.name(), config.jar(service.name()), environments.get(service.name()),
                    URI.create("http://127.0.0.1:" + service.port() + "/actuator/health/readiness")));
        }
        ProcessLauncher.Managed web = launcher.startJar("web", config.jar("web"), webEnvironment,
                URI.create(config.webUri() + "/actuator/health/readiness"));
        ProcessLauncher.Managed gateway = launcher.startJar("gateway", config.jar("gateway"), gatewayEnvironment,
                URI.create("http://127.0.0.1:" + config.gatewayPort() + "/actuator/health"));

        for (int i = 0; i < applications.size(); i++) {
            StackConfig.ServiceSpec service = config.services().get(i);
            readiness.await(applications.get(i), applications.get(i).launch().ready());
            say("  " + service.name() + " is ready on 127.0.0.1:" + service.port());
        }
        readiness.await(web, web.launch().ready());
        say("  web is ready on 127.0.0.1:" + config.webPort());
        readiness.await(gateway, gateway.launch().ready());
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
        System.out.println("  Restart  ./run-local restart <name>   (one process: cohort-service, ..., web, gateway)");
        System.out.println("  Stop     Ctrl-C here, or ./run-local stop");
        System.out.println();
    }

    /**
     * Runs until Ctrl-C or {@code ./run-local stop}; the launcher reports any process that dies meanwhile (the stack
     * stays up for the rest).
     */
    private static void waitUntilStopped() {
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
