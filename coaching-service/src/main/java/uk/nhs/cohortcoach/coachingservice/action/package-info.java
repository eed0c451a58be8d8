/** Actions agreed in sessions: owner, due date, open or done, overdue. */
package uk.nhs.cohortcoach.coachingservice.action;
