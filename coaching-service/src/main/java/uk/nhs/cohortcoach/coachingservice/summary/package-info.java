/** Coaching summaries: sessions planned, delivered and cancelled, hours against plan, attendance, themes, equity pauses, actions. */
package uk.nhs.cohortcoach.coachingservice.summary;
