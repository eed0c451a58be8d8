/** The anonymous registration endpoints: register for an open event, and the cancel link's page and action. */
package uk.nhs.cohortcoach.hubservice.registration.web;
