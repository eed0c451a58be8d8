/** Survey email: invitations to answer a wave and reminders to those who have not answered, with the small views of waves and invitations they need. */
package uk.nhs.cohortcoach.notificationservice.survey;
