/** The outbox relay: how fast a write reaches its consumers, and whether a relay pass stays flat as data grows. */
package uk.nhs.cohortcoach.bench.relay;
