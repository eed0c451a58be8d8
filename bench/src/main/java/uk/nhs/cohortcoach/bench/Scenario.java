package uk.nhs.cohortcoach.bench;

import java.util.List;

/** One measurement of the running platform. Register it in {@link Scenarios#ALL}. */
public interface Scenario {

    /** The command-line id, e.g. {@code relay-pass}. */
    String name();

    /** One line: what it measures and the target, e.g. "outbox relay pass, 1,000,000 vs 100 documents (≤ 2×)". */
    String measures();

    /** Measures; cleans up what it seeded where it can. Smoke size when {@link BenchContext#smoke()}. */
    List<Figure> run(BenchContext context) throws Exception;
}
