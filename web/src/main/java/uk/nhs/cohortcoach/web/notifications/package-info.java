/**
 * The notification delivery log ({@code /notifications}, programme managers): filtered by status, purpose
 * and recipient with a GET form, paged, and a failed message sent again through the confirmation page.
 */
package uk.nhs.cohortcoach.web.notifications;
