/** A test-only service with endpoints that make every kind of client mistake possible, to prove the platform's problem details end to end. */
package uk.nhs.cohortcoach.platform.support.testapp;
