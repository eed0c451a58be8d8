/** GOV.UK Notify's delivery-status callbacks: settle the delivery log entry Notify reports on, guarded by Notify's bearer token. */
package uk.nhs.cohortcoach.notificationservice.callback;
