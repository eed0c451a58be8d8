/**
 * Personal data: the privacy notice for everyone ({@code /privacy}, no sign-in, the text of
 * {@code docs/privacy-notice.md}) and the programme manager's subject access and erasure for one person
 * ({@code /personal-data}): download everything every service holds as one JSON file, or erase the person
 * after a confirmation page.
 */
package uk.nhs.cohortcoach.web.privacy;
