/**
 * The programme's member organisations (NHS provider trusts and integrated care boards in England, by ODS code):
 * seeded from a bundled CSV on start, listed for anyone (registration forms), added by programme managers. An open
 * event's registrations must name one, and the programme's reach is counted by them.
 */
package uk.nhs.cohortcoach.hubservice.organisation;
