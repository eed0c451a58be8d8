/**
 * Email preferences ({@code /preferences}), for everyone signed in: their own reminder emails and new-resource emails
 * (the knowledge hub), each on or off (POST-redirect-GET; only the answers that changed are sent).
 */
package uk.nhs.cohortcoach.web.preferences;
