/**
 * Email preferences ({@code /preferences}), for everyone signed in: their own reminder emails on or off
 * (POST-redirect-GET).
 */
package uk.nhs.cohortcoach.web.preferences;
