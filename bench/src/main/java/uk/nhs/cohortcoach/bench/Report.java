package uk.nhs.cohortcoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What a run measured, scenario by scenario, as printed lines and as a Markdown report. */
public final class Report {

    /** One scenario's outcome: its figures, or why it could not run. */
    public record Outcome(Scenario scenario, List<Figure> figures, String failure, double seconds) {

        public boolean ran() {
            return failure == null;
        }
    }

    private final boolean smoke;
    private final String machine;
    private final String started;
    private final List<Outcome> outcomes = new ArrayList<>();

    public Report(boolean smoke) {
        this.smoke = smoke;
        this.machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ")";
        this.started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    public String machine() {
        return machine;
    }

    public void add(Outcome outcome) {
        outcomes.add(outcome);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Figures with a target that missed it (smoke runs judge nothing: their sizes are too small). */
    public List<Figure> missed() {
        return smoke ? List.of() : outcomes.stream().flatMap(o -> o.figures().stream()).filter(f -> !f.met()).toList();
    }

    /** The lines printed for one figure: "  label: measurement   target ≤ 50 ms: met". */
    public String line(Figure figure) {
        String target = figure.target().isEmpty() ? "" : "   target " + figure.target()
                + (smoke ? " (not judged at smoke size)" : figure.met() ? ": met" : ": NOT met");
        return "  " + figure.label() + ": " + figure.measurement() + target;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Cohort Coach benchmark report\n\n");
        out.append("- When: ").append(started).append("\n");
        out.append("- Machine: ").append(machine).append("\n");
        out.append("- Size: ").append(smoke ? "smoke (figures not judged against the targets)" : "full").append("\n\n");
        out.append("| scenario | figure | measured | target | met |\n| --- | --- | --- | --- | --- |\n");
        for (Outcome outcome : outcomes) {
            if (!outcome.ran()) {
                out.append("| ").append(outcome.scenario().name()).append(" | could not run | ")
                        .append(outcome.failure().replace("|", "\\|").replace("\n", " ")).append(" | | |\n");
                continue;
            }
            for (Figure figure : outcome.figures()) {
                out.append("| ").append(outcome.scenario().name()).append(" | ").append(figure.label()).append(" | ")
                        .append(figure.measurement().replace("|", "·")).append(" | ").append(figure.target()).append(" | ")
                        .append(figure.target().isEmpty() ? "" : smoke ? "not judged" : figure.met() ? "yes" : "**no**")
                        .append(" |\n");
            }
        }
        out.append("\nWhat each scenario measures:\n\n");
        for (Outcome outcome : outcomes) {
            out.append("- `").append(outcome.scenario().name()).append("` (").append(String.format(java.util.Locale.ROOT, "%.0f",
                    outcome.seconds())).append(" s): ").append(outcome.scenario().measures()).append("\n");
        }
        return out.toString();
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }
}
