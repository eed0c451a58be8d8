/** Runs the whole platform on one machine: a Kafka broker, a durable Mongo wire server, the services and the gateway, each its own process. */
package uk.nhs.cohortcoach.localstack;
