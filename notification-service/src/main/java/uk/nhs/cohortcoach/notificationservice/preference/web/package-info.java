/** HTTP API for preferences under {@code /api/preferences}. */
package uk.nhs.cohortcoach.notificationservice.preference.web;
