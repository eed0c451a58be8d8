/** Invitations to answer a wave: one per participant, a single-use link token kept only as a hash, and the saved draft. */
package uk.nhs.cohortcoach.surveyservice.invitation;
