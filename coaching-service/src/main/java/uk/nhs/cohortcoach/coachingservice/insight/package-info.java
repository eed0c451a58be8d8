/**
 * Cohort insights for a programme manager writing a knowledge-hub digest: what the cohort's logged sessions of a period
 * covered (sessions per maturity component), the equity pauses held and not held, and what those pauses surfaced,
 * word for word. Read only: computed from the stored sessions at each request.
 */
package uk.nhs.cohortcoach.coachingservice.insight;
