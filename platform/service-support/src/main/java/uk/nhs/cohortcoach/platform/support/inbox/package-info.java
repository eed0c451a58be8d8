/** Consuming events: once per event id, unknown types skipped, failures retried with back-off and then dead-lettered. */
package uk.nhs.cohortcoach.platform.support.inbox;
