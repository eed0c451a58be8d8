package uk.nhs.cohortcoach.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs scenarios against the running platform and prints their figures:
 * {@code bench/run [--smoke] [--report FILE] [scenario ...]} (all scenarios when none is named). Exit code 1 when a
 * scenario could not run, 2 on a bad command line; a missed target is reported, not an error.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        Path reportFile = Path.of("bench/target/bench-report.md");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--report" -> reportFile = Path.of(args[++i]);
                case "--list" -> {
                    Scenarios.ALL.forEach(s -> System.out.println(s.name() + ": " + s.measures()));
                    return;
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        System.err.println("unknown option " + args[i] + "; usage: bench/run [--smoke] [--report FILE] [--list] [scenario ...]");
                        System.exit(2);
                    }
                    names.add(args[i]);
                }
            }
        }
        List<Scenario> scenarios;
        try {
            scenarios = Scenarios.select(names);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getenv().getOrDefault("REPO_ROOT", ".")).toAbsolutePath().normalize();
        Stack stack = Stack.fromEnvironment(System.getenv(), root);
        Report report;
        try (BenchContext context = new BenchContext(stack, smoke, line -> System.out.println("    " + line))) {
            report = run(context, scenarios, System.out::println);
        }
        report.write(reportFile);
        System.out.println();
        System.out.println("Report written to " + reportFile.toAbsolutePath());
        boolean allRan = report.outcomes().stream().allMatch(Report.Outcome::ran);
        if (!smoke) {
            System.out.println(report.missed().isEmpty() ? "Every target met." : report.missed().size() + " target(s) not met.");
        }
        System.exit(allRan ? 0 : 1);
    }

    /** Runs the scenarios one after another, printing as it goes; a scenario that throws is reported and the run goes on. */
    public static Report run(BenchContext context, List<Scenario> scenarios, Consumer<String> out) {
        Report report = new Report(context.smoke());
        out.accept("Cohort Coach benchmarks" + (context.smoke() ? " (smoke size)" : "") + " on " + report.machine());
        out.accept("Platform: gateway " + context.stack().gateway() + ", Mongo " + context.stack().mongoUri() + ", Kafka "
                + context.stack().kafkaBootstrapServers());
        for (Scenario scenario : scenarios) {
            out.accept("");
            out.accept(scenario.name() + ": " + scenario.measures());
            long start = System.nanoTime();
            Report.Outcome outcome;
            try {
                List<Figure> figures = scenario.run(context);
                outcome = new Report.Outcome(scenario, figures, null, (System.nanoTime() - start) / 1e9);
                figures.forEach(figure -> out.accept(report.line(figure)));
            } catch (Exception | AssertionError e) {
                outcome = new Report.Outcome(scenario, List.of(), e.toString(), (System.nanoTime() - start) / 1e9);
                out.accept("  could not run: " + e);
            }
            report.add(outcome);
        }
        return report;
    }
}
