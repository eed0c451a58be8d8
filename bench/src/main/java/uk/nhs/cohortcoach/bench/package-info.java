/**
 * The benchmark suite: each {@link uk.nhs.cohortcoach.bench.Scenario} measures one thing the platform promises about speed
 * or size, against a running {@code ./run-local} stack, and answers {@link uk.nhs.cohortcoach.bench.Figure}s that
 * {@link uk.nhs.cohortcoach.bench.Bench} prints and writes to a report. Scenarios live in sub-packages by the part of
 * the platform they measure; this package holds what they share: where the stack is ({@link uk.nhs.cohortcoach.bench.Stack}),
 * a timed HTTP client, latency recording and load shapes.
 */
package uk.nhs.cohortcoach.bench;
