/** Coaching summaries: sessions planned, delivered, cancelled and not held, hours against plan, attendance, themes, equity pauses, actions. */
package uk.nhs.cohortcoach.coachingservice.summary;
