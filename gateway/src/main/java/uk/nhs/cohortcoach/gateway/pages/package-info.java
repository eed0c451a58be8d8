/** The web pages: clean addresses for the static pages under {@code /admin/**} and the survey page at {@code /respond/{token}}. */
package uk.nhs.cohortcoach.gateway.pages;
