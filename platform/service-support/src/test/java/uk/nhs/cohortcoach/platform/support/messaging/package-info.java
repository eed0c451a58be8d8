/** Integration tests of the outbox and the inbox against the real broker and Mongo wire server. */
package uk.nhs.cohortcoach.platform.support.messaging;
