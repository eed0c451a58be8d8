/** Sends what is due: claims pending messages, fills in who and where, hands them to the email channel and records the outcome. */
package uk.nhs.cohortcoach.notificationservice.dispatch;
