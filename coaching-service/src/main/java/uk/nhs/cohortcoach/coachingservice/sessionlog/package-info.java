/** Session logs: what happened in a session (attendance, notes, themes, equity pause, actions agreed), written by its coach. */
package uk.nhs.cohortcoach.coachingservice.sessionlog;
