/** HTTP API for people under {@code /api/people}. */
package uk.nhs.cohortcoach.cohortservice.person.web;
