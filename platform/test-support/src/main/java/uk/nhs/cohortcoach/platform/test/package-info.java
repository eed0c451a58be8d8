/** Real infrastructure for integration tests (one Kafka broker, one Mongo wire server per JVM) and shared test contracts. */
package uk.nhs.cohortcoach.platform.test;
