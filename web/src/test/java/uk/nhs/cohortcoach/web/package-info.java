/** Page tests: the pages rendered on the server against stubbed APIs, no browser. */
package uk.nhs.cohortcoach.web;
