/**
 * Open peer-learning events: the {@link uk.nhs.cohortcoach.hubservice.openevent.OpenEvent} aggregate with its
 * registrations and waiting list held in its own document (so registering, cancelling and promoting are one atomic
 * compare-and-set write with their events), attendance (by ids or a webinar platform's CSV report), the recording
 * handed to the knowledge hub, and the programme's reach.
 */
package uk.nhs.cohortcoach.hubservice.openevent;
