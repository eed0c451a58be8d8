package uk.nhs.cohortcoach.platform.test.sweep;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a sweep sent and got back: counts by status, and every answer that broke a promise. */
public record SweepReport(List<Outcome> outcomes) {

    /** One case and its answer; {@code problems} is empty when the answer kept every promise. */
    public record Outcome(SweepCase sweepCase, int status, String contentType, String body, List<String> problems) {
    }

    public int requests() {
        return outcomes.size();
    }

    public long operations() {
        return outcomes.stream().map(outcome -> outcome.sweepCase().operation()).distinct().count();
    }

    public Map<Integer, Long> byStatus() {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
    }

    /** One line per broken promise: operation, what was sent, what went wrong. */
    public List<String> failures() {
        return outcomes.stream().filter(outcome -> !outcome.problems().isEmpty())
                .map(outcome -> outcome.sweepCase().operation() + " | " + outcome.sweepCase().what() + " | "
                        + String.join("; ", outcome.problems()))
                .toList();
    }

    public String summary() {
        return "hostile-input sweep: " + operations() + " operations, " + requests() + " requests, answers by status "
                + byStatus() + ", " + failures().size() + " broke a promise";
    }
}
