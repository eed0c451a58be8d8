/** Collaborative teams: people joining and leaving a collaborative, and the team with its history. */
package uk.nhs.cohortcoach.cohortservice.participant;
