/**
 * SPIKE (issue 17): the server-rendered pages. Pages are rendered with JTE from the services' APIs,
 * called with the signed-in person's platform token, which never leaves the server. See web/README.md.
 */
package uk.nhs.cohortcoach.web;
