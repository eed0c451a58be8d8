/** The published language between services: topic names, correlation ids and event contracts, each pinned by a JSON example (see the module README). */
package uk.nhs.cohortcoach.platform.events;
