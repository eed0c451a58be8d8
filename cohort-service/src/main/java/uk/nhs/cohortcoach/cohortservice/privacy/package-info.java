/**
 * UK GDPR for the people cohort-service holds: subject access (everything held about one person, for
 * a programme manager to hand over) and erasure (the person pseudonymised, PersonErased published so
 * every other service removes what it holds).
 */
package uk.nhs.cohortcoach.cohortservice.privacy;
