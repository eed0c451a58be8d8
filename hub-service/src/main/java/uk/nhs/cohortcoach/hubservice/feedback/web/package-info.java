/** The feedback link's page and submission, and the feedback results for programme managers. */
package uk.nhs.cohortcoach.hubservice.feedback.web;
