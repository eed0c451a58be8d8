/** The transactional outbox: events saved in the same MongoDB document write as the change that causes them, then relayed to Kafka. */
package uk.nhs.cohortcoach.platform.support.outbox;
