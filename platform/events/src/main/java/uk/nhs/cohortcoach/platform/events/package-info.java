/** The published language between services: topic names, correlation ids and (from the backbone on) event contracts. */
package uk.nhs.cohortcoach.platform.events;
